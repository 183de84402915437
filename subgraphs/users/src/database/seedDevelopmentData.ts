import type { EntityManager } from '@mikro-orm/postgresql';

import { hashPassword } from '../auth/passwordHasher.js';
import type { Logger } from '../logging/createLogger.js';

interface DemoUser {
  /**
   * Fixed, so that the courts subgraph's development seed can book courts for these accounts
   * without asking this service (see docs/demo-data.md, which lists both seeds' ids).
   */
  id: string;
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
    id: '00000000-0000-4000-8000-00000000d001',
    username: 'demouser',
    password: 'demo123',
    email: 'demouser@example.com',
    displayName: 'Demo User',
    role: 'staff',
  },
  {
    id: '00000000-0000-4000-8000-00000000d002',
    username: 'admin',
    password: 'admin123',
    email: 'admin@example.com',
    displayName: 'Administrator',
    role: 'admin',
  },
  {
    id: '00000000-0000-4000-8000-00000000d003',
    username: 'demomember',
    password: 'member123',
    email: 'demomember@example.com',
    displayName: 'Demo Member',
    role: 'member',
  },
];

/**
 * Creates each demo account that does not exist yet, with its role, in one transaction. An
 * existing account is never touched: not its password and not its roles, so a role an
 * administrator revoked stays revoked across restarts, and an account that merely took a demo
 * username or email (e.g. someone registered "admin") never receives the demo role.
 */
export async function seedDevelopmentData(em: EntityManager, logger: Logger): Promise<void> {
  const created: string[] = [];
  for (const demo of DEMO_USERS) {
    if (await createDemoUser(em, demo)) {
      created.push(demo.username);
    }
  }
  logger.info({ created }, 'development data seeded');
}

/** Returns whether the account was created (false when the username or email is taken). */
async function createDemoUser(em: EntityManager, demo: DemoUser): Promise<boolean> {
  const existing = await em.execute('select 1 from users where lower(username) = lower(?)', [
    demo.username,
  ]);
  if (existing.length > 0) {
    // Skips the argon2 hash on every start after the first.
    return false;
  }
  const passwordHash = await hashPassword(demo.password);
  return em.transactional(async (tx) => {
    // Another replica may have created it since the check: the unique indexes decide, and
    // the role goes only to a row this statement inserted.
    const inserted: Array<{ id: string }> = await tx.execute(
      `insert into users (id, username, email, password_hash, display_name)
       values (?, ?, ?, ?, ?)
       on conflict do nothing
       returning id`,
      [demo.id, demo.username, demo.email, passwordHash, demo.displayName],
    );
    const userId = inserted[0]?.id;
    if (userId === undefined) {
      return false;
    }
    await tx.execute(
      'insert into user_roles (user_id, role_id) select ?, id from roles where name = ?',
      [userId, demo.role],
    );
    return true;
  });
}
