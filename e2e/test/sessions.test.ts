/**
 * Sessions end to end: the session of the caller's token travels from /auth/verify through the
 * edge and gateway to users (X-Auth-Session), so changing a password ends the caller's other
 * sessions and keeps the one in use.
 */
import { randomUUID } from 'node:crypto';

import { firstCode, graphql } from './support/graphqlClient.js';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const PASSWORD = 'correct horse battery staple';

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

it('changePassword ends the other sessions and keeps the caller signed in', async () => {
  const username = `sess_${randomUUID().slice(0, 8)}`;
  const registered = await graphql<{ register: Tokens }>(
    `
      mutation ($i: RegisterInput!) {
        register(input: $i) {
          accessToken
          refreshToken
        }
      }
    `,
    {
      variables: {
        i: { username, email: `${username}@example.com`, password: PASSWORD, displayName: 'S' },
      },
    },
  );
  const laptop = registered.data!.register;
  const phone = (
    await graphql<{ login: Tokens }>(
      `
        mutation ($u: String!, $p: String!) {
          login(username: $u, password: $p) {
            accessToken
            refreshToken
          }
        }
      `,
      { variables: { u: username, p: PASSWORD } },
    )
  ).data!.login;

  const changed = await graphql<{ changePassword: boolean }>(
    'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    { token: laptop.accessToken, variables: { c: PASSWORD, n: 'a brand new passphrase 42' } },
  );
  expect(changed.errors).toBeUndefined();
  expect(changed.data?.changePassword).toBe(true);

  const phoneRefused = await waitUntil(async () => {
    const result = await graphql('{ me { id } }', { token: phone.accessToken });
    return result.status === 401;
  }, 1_500);
  expect(phoneRefused).toBe(true);

  const laptopMe = await graphql<{ me: { id: string } | null }>('{ me { id } }', {
    token: laptop.accessToken,
  });
  expect(laptopMe.status).toBe(200);
  expect(laptopMe.data?.me).not.toBeNull();

  const refresh = 'mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }';
  expect(firstCode(await graphql(refresh, { variables: { r: phone.refreshToken } }))).toBe(
    'UNAUTHENTICATED',
  );
  const renewed = await graphql<{ refreshToken: { accessToken: string } }>(refresh, {
    variables: { r: laptop.refreshToken },
  });
  expect(renewed.data?.refreshToken.accessToken).toEqual(expect.any(String));
});
