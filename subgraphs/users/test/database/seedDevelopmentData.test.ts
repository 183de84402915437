import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { startUsersService } from '../../src/app.js';
import { seedDevelopmentData } from '../../src/database/seedDevelopmentData.js';
import { REGISTER } from '../support/fixtures.js';
import {
  captureLogs,
  startTestService,
  testConfig,
  type TestService,
} from '../support/testService.js';

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }';

const REVOKE = 'mutation ($u: ID!, $r: String!) { revokeRole(userId: $u, role: $r) { id } }';

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
        'select u.id, u.username, u.display_name, u.email, r.name as role from users u ' +
          'join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id ' +
          'order by u.username',
      );
    expect(rows).toEqual([
      // The ids are fixed: the courts subgraph's seed books courts for these accounts.
      {
        id: '00000000-0000-4000-8000-00000000d002',
        username: 'admin',
        display_name: 'Administrator',
        email: 'admin@example.com',
        role: 'admin',
      },
      {
        id: '00000000-0000-4000-8000-00000000d003',
        username: 'demomember',
        display_name: 'Demo Member',
        email: 'demomember@example.com',
        role: 'member',
      },
      {
        id: '00000000-0000-4000-8000-00000000d001',
        username: 'demouser',
        display_name: 'Demo User',
        email: 'demouser@example.com',
        role: 'staff',
      },
    ]);

    // demo123 is shorter than the registration policy allows: the seed bypasses it.
    const demo = await t.gql(LOGIN, { u: 'demouser', p: 'demo123' });
    const admin = await t.gql(LOGIN, { u: 'admin', p: 'admin123' });
    const member = await t.gql(LOGIN, { u: 'demomember', p: 'member123' });
    expect(demo.body.errors).toBeUndefined();
    expect(admin.body.errors).toBeUndefined();
    expect(member.body.errors).toBeUndefined();
  });

  it('never gives back a role an administrator revoked, across a restart', async () => {
    await t.reset();
    // NODE_ENV=development is what seeds; the key comes from the config, not from secretsDir.
    const config = testConfig({ nodeEnv: 'development' });
    const first = await startUsersService(config);
    try {
      const adminId = await idOf('admin');
      const demoId = await idOf('demouser');
      const revoked = await postGraphQL(first.url, REVOKE, { u: demoId, r: 'staff' }, adminId);
      expect(revoked).toEqual({ data: { revokeRole: { id: demoId } } });
    } finally {
      await first.stop();
    }

    const second = await startUsersService(config);
    await second.stop();

    expect(await rolesOf('demouser')).toEqual([]);
    expect(await rolesOf('admin')).toEqual(['admin']);
  });

  it('leaves an account that took a demo username alone (no role, same password)', async () => {
    await t.reset();
    const taken = await t.gql(REGISTER, {
      input: {
        username: 'admin',
        email: 'someone@example.com',
        password: 'my own passphrase',
        displayName: 'Not The Admin',
      },
    });
    expect(taken.body.errors).toBeUndefined();

    await seedDevelopmentData(t.service.services.orm.em.fork(), captureLogs('silent').logger);

    expect(await rolesOf('admin')).toEqual(['member']);
    expect(await rolesOf('demouser')).toEqual(['staff']);
    const demoPassword = await t.gql(LOGIN, { u: 'admin', p: 'admin123' });
    expect(demoPassword.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

async function idOf(username: string): Promise<string> {
  const rows = await t.service.services.orm.em
    .fork()
    .execute('select id from users where username = ?', [username]);
  return String(rows[0]!['id']);
}

async function rolesOf(username: string): Promise<string[]> {
  const rows = await t.service.services.orm.em
    .fork()
    .execute(
      'select r.name from users u join user_roles ur on ur.user_id = u.id ' +
        'join roles r on r.id = ur.role_id where u.username = ? order by r.name',
      [username],
    );
  return rows.map((row) => String(row['name']));
}

async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  userId: string,
): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-user': userId },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
