import { startUsersService, type RunningUsersService } from '../../src/app.js';
import type { TestService } from './testService.js';

export const LOGIN = /* GraphQL */ `
  mutation ($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      refreshToken
    }
  }
`;
export const REFRESH = /* GraphQL */ `
  mutation ($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      tokenType
      expiresIn
      user {
        id
      }
    }
  }
`;

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export async function login(
  t: TestService,
  username: string,
  password = 'correct horse battery',
): Promise<Tokens> {
  const result = await t.gql<{ login: Tokens }>(LOGIN, { username, password });
  if (!result.body.data?.login) {
    throw new Error(`login failed: ${result.text}`);
  }
  return result.body.data.login;
}

/** The status and headers `GET /auth/verify` of `baseUrl` answers for a token. */
export async function verifyAt(baseUrl: string, accessToken: string) {
  const response = await fetch(`${baseUrl}/auth/verify`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await response.text();
  return response;
}

/**
 * Polls /auth/verify until it answers `status`, for at most `withinMs`; returns the last
 * status seen, so a test asserting "refused within one second" fails with the real answer.
 */
export async function pollVerify(
  baseUrl: string,
  accessToken: string,
  status: number,
  withinMs = 1_000,
): Promise<number> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const seen = (await verifyAt(baseUrl, accessToken)).status;
    if (seen === status || Date.now() >= deadline) {
      return seen;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The session id (`sid`) of an access token, read without verifying it. */
export function sessionOf(accessToken: string): string {
  const payload = accessToken.split('.')[1]!;
  return (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sid: string }).sid;
}

/**
 * A second replica on the same database, Redis and signing key, whose resync is too slow to
 * matter (300 s): whatever it refuses within a second it learned through pub/sub.
 */
export function startSecondReplica(t: TestService): Promise<RunningUsersService> {
  return startUsersService({ ...t.config, revocationResyncSeconds: 300 });
}
