import type { TestService } from './testService.js';

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      tokenType
      expiresIn
      user {
        id
        username
        displayName
      }
    }
  }
`;

export interface RegisteredUser {
  id: string;
  username: string;
  accessToken: string;
}

let counter = 0;

/** Registers a fresh user through the API and returns its id. */
export async function registerUser(
  t: TestService,
  overrides: Partial<{ username: string; email: string; password: string }> = {},
): Promise<RegisteredUser> {
  counter += 1;
  const username = overrides.username ?? `player${counter}`;
  const result = await t.gql<{
    register: { accessToken: string; user: { id: string; username: string } };
  }>(REGISTER, {
    input: {
      username,
      email: overrides.email ?? `${username}@example.com`,
      password: overrides.password ?? 'correct horse battery',
      displayName: `Player ${counter}`,
    },
  });
  const payload = result.body.data?.register;
  if (!payload) {
    throw new Error(`registration failed: ${result.text}`);
  }
  return { id: payload.user.id, username, accessToken: payload.accessToken };
}

/** Grants a role directly in the database (test set-up), then refreshes the cache. */
export async function grantRole(t: TestService, userId: string, role: string): Promise<void> {
  const em = t.service.services.orm.em.fork();
  await em.execute(
    'insert into user_roles (user_id, role_id) select ?, id from roles where name = ? ' +
      'on conflict do nothing',
    [userId, role],
  );
  await t.service.services.permissionCache.refreshUser(em, userId);
}

export function asUser(userId: string): Record<string, string> {
  return { 'x-auth-user': userId };
}
