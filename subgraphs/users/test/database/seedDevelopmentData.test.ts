import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { seedDevelopmentData } from '../../src/database/seedDevelopmentData.js';
import { captureLogs, startTestService, type TestService } from '../support/testService.js';

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }';

let t: TestService;

beforeAll(async () => {
  t = await startTestService();
  await t.reset();
});
afterAll(async () => {
  await t.close();
});

describe('seedDevelopmentData', () => {
  it('is not run outside development', async () => {
    const rows = await t.service.services.orm.em.fork().execute('select count(*) from users');
    expect(Number(rows[0]!['count'])).toBe(0);
  });

  it('creates the demo accounts with their roles, idempotently', async () => {
    const { logger } = captureLogs('silent');
    await seedDevelopmentData(t.service.services.orm.em.fork(), logger);
    await seedDevelopmentData(t.service.services.orm.em.fork(), logger);

    const rows = await t.service.services.orm.em
      .fork()
      .execute(
        'select u.username, u.display_name, u.email, r.name as role from users u ' +
          'join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id ' +
          'order by u.username',
      );
    expect(rows).toEqual([
      {
        username: 'admin',
        display_name: 'Administrator',
        email: 'admin@example.com',
        role: 'admin',
      },
      {
        username: 'demouser',
        display_name: 'Demo User',
        email: 'demouser@example.com',
        role: 'staff',
      },
    ]);

    // demo123 is shorter than the registration policy allows: the seed bypasses it.
    const demo = await t.gql(LOGIN, { u: 'demouser', p: 'demo123' });
    const admin = await t.gql(LOGIN, { u: 'admin', p: 'admin123' });
    expect(demo.body.errors).toBeUndefined();
    expect(admin.body.errors).toBeUndefined();
  });
});
