import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { hashPassword } from '../auth/passwordHasher.js';
import type { Logger } from '../logging/createLogger.js';

interface DemoUser {
  username: string;
  password: string;
  email: string;
  displayName: string;
  role: string;
}

// Well-known demo credentials; they exist only where NODE_ENV=development. They bypass the
// registration password policy on purpose (short, memorable).
const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'demouser',
    password: 'demo123',
    email: 'demouser@example.com',
    displayName: 'Demo User',
    role: 'staff',
  },
  {
    username: 'admin',
    password: 'admin123',
    email: 'admin@example.com',
    displayName: 'Administrator',
    role: 'admin',
  },
];

/**
 * Inserts the demo accounts if missing and makes sure each holds its role. Safe to run on
 * every start: existing accounts (and their passwords) are left alone.
 */
export async function seedDevelopmentData(em: EntityManager, logger: Logger): Promise<void> {
  for (const demo of DEMO_USERS) {
    const existing = await em.execute('select 1 from users where lower(username) = lower(?)', [
      demo.username,
    ]);
    const passwordHash = existing.length > 0 ? '' : await hashPassword(demo.password);
    await em.transactional(async (tx) => {
      if (existing.length === 0) {
        await tx.execute(
          `insert into users (id, username, email, password_hash, display_name)
           values (?, ?, ?, ?, ?)
           on conflict do nothing`,
          [randomUUID(), demo.username, demo.email, passwordHash, demo.displayName],
        );
      }
      await tx.execute(
        `insert into user_roles (user_id, role_id)
         select u.id, r.id from users u, roles r
          where lower(u.username) = lower(?) and r.name = ?
         on conflict do nothing`,
        [demo.username, demo.role],
      );
    });
  }
  logger.info({ users: DEMO_USERS.map((demo) => demo.username) }, 'development data seeded');
}
