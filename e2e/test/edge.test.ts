/**
 * The edge contract (docs/contracts/identity-header.md), end to end through the real Caddy,
 * users' /auth/verify, the gateway and the subgraphs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { SignJWT, decodeJwt, decodeProtectedHeader, importPKCS8 } from 'jose';

import { login, registerMember, type Session } from './support/accounts.js';
import { createCourt } from './support/courts.js';
import { REPO_ROOT } from '../../scripts/lib/stack.mjs';
import { readStack } from './support/e2eEnvironment.js';
import { firstCode, graphql } from './support/graphqlClient.js';
import { rawPost } from './support/rawRequest.js';

const ME = '{ me { id username } }';
const DEV_KEY = fileURLToPath(
  new URL('../../subgraphs/users/.secrets/jwt-ed25519.pem', import.meta.url),
);

let admin: Session;
let member: Session;

beforeAll(async () => {
  admin = await login('admin', 'admin123');
  member = await registerMember();
});

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('anonymous callers', () => {
  it('may read on /graphql, where me is null', async () => {
    const result = await graphql<{ me: null }>(ME);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ me: null });
  });

  it('get UNAUTHENTICATED from a guarded mutation on /graphql', async () => {
    const result = await createCourt(undefined);
    expect(firstCode(result)).toBe('UNAUTHENTICATED');
    expect(result.data?.createCourt ?? null).toBeNull();
  });

  it('get 401 at the edge on /dashboard/graphql', async () => {
    const result = await graphql(ME, { route: '/dashboard/graphql' });
    expect(result.status).toBe(401);
  });

  it('cannot open /dashboard/graphql by adding the public query string', async () => {
    const { edgeUrl } = readStack();
    const response = await fetch(`${edgeUrl}/dashboard/graphql?anonymous=allow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(401);
  });
});

describe('a signed-in caller', () => {
  it('is known on both routes', async () => {
    for (const route of ['/graphql', '/dashboard/graphql'] as const) {
      const result = await graphql<{ me: { id: string } }>(ME, { token: member.token, route });
      expect(result.status).toBe(200);
      expect(result.data?.me?.id).toBe(member.userId);
    }
  });
});

describe('a client-sent X-Auth-User is never honoured', () => {
  it('without a token: the caller stays anonymous', async () => {
    const headers = { 'X-Auth-User': admin.userId };
    expect((await graphql(ME, { headers })).data).toEqual({ me: null });

    const created = await graphql(
      'mutation { deleteCourt(id: "6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b") }',
      { headers },
    );
    expect(firstCode(created)).toBe('UNAUTHENTICATED');
  });

  it('without a token on the dashboard route: still 401', async () => {
    const result = await graphql(ME, {
      route: '/dashboard/graphql',
      headers: { 'X-Auth-User': admin.userId },
    });
    expect(result.status).toBe(401);
  });

  it("with a member's token: the caller is the member, not the claimed admin", async () => {
    const headers = { 'X-Auth-User': admin.userId, 'x-auth-user-id': admin.userId };
    const me = await graphql<{ me: { id: string } }>(ME, { token: member.token, headers });
    expect(me.data?.me?.id).toBe(member.userId);

    const created = await createCourt(member, {});
    const spoofed = await graphql(
      'mutation { deleteCourt(id: "6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b") }',
      { token: member.token, headers },
    );
    expect(firstCode(created)).toBe('FORBIDDEN');
    expect(firstCode(spoofed)).toBe('FORBIDDEN');
  });

  it('nor through X-Forwarded or Connection header tricks', async () => {
    // fetch() refuses to send a Connection header, so this one goes out through node:http.
    const { edgeUrl } = readStack();
    const answer = await rawPost(`${edgeUrl}/graphql`, JSON.stringify({ query: ME }), {
      'X-Auth-User': admin.userId,
      'X-Forwarded-User': admin.userId,
      'X-Real-Ip': '127.0.0.1',
      Connection: 'X-Auth-User',
    });
    expect(JSON.parse(answer.text)).toEqual({ data: { me: null } });
  });
});

describe('behind the edge', () => {
  it('a local process talking straight to the gateway cannot claim an identity', async () => {
    const { gatewayUrl } = readStack();
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Auth-User': admin.userId },
      body: JSON.stringify({ query: ME }),
    });
    expect(await response.json()).toMatchObject({ data: { me: null } });
  });

  it('nor by guessing the edge secret header', async () => {
    const { gatewayUrl } = readStack();
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'X-Auth-User': admin.userId,
        'X-Edge-Secret': 'not-configured',
      },
      body: JSON.stringify({ query: ME }),
    });
    expect(await response.json()).toMatchObject({ data: { me: null } });
  });

  it('a local process talking straight to a subgraph cannot claim an identity', async () => {
    const { usersUrl, courtsUrl } = readStack();
    const asAdmin = { 'content-type': 'application/json', 'X-Auth-User': admin.userId };

    const users = await fetch(`${usersUrl}/graphql`, {
      method: 'POST',
      headers: asAdmin,
      body: JSON.stringify({ query: ME }),
    });
    expect(await users.json()).toMatchObject({ data: { me: null } });

    const courts = await fetch(`${courtsUrl}/graphql`, {
      method: 'POST',
      headers: asAdmin,
      body: JSON.stringify({
        query: 'mutation { deleteCourt(id: "6f1c2b0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b") }',
      }),
    });
    const body = (await courts.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('the edge secret never lands in the config Caddy saves to disk', () => {
    const autosave = readFileSync(`${REPO_ROOT}/.run/caddy/caddy/autosave.json`, 'utf8');
    const values = [...autosave.matchAll(/"X-Edge-Secret":\["([^"]*)"\]/g)].map((m) => m[1]);
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set(['{env.EDGE_SECRET}']));
  });

  it('a client cannot pass its own X-Edge-Secret through the edge', async () => {
    const result = await graphql(ME, {
      headers: { 'X-Edge-Secret': 'anything', 'X-Auth-User': admin.userId },
    });
    expect(result.data).toEqual({ me: null });
  });
});

describe('bad tokens get 401 with a JSON body', () => {
  async function expect401(token: string): Promise<void> {
    for (const route of ['/graphql', '/dashboard/graphql'] as const) {
      const result = await graphql(ME, { token, route });
      expect(result.status).toBe(401);
      expect(JSON.parse(result.text)).toEqual({
        error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
      });
      expect(result.text).not.toMatch(/at .*\.(js|ts):\d+/);
    }
  }

  it('a tampered payload', async () => {
    const [header, , signature] = member.token.split('.');
    const claims = decodeJwt(member.token);
    await expect401(`${header}.${base64url({ ...claims, sub: admin.userId })}.${signature}`);
  });

  it('a tampered signature', async () => {
    const last = member.token.at(-2) === 'A' ? 'B' : 'A';
    await expect401(`${member.token.slice(0, -2)}${last}${member.token.at(-1)}`);
  });

  it('alg=none with the claims of a real token', async () => {
    const claims = decodeJwt(admin.token);
    await expect401(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`);
  });

  it('an expired token signed with the real key', async () => {
    const key = await importPKCS8(readFileSync(DEV_KEY, 'utf8'), 'EdDSA');
    const claims = decodeJwt(admin.token);
    const { kid } = decodeProtectedHeader(admin.token);
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', ...(kid ? { kid } : {}) })
      .setSubject(admin.userId)
      .setIssuer(String(claims.iss))
      .setAudience(claims.aud as string | string[])
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(key);
    await expect401(expired);
  });

  it('garbage and other schemes', async () => {
    await expect401('not-a-jwt');
    const { edgeUrl } = readStack();
    const response = await fetch(`${edgeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YWRtaW46YWRtaW4xMjM=' },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(401);
  });
});

describe('the edge answers whatever name the client used for it', () => {
  it.each(['localhost', 'courtgraph.test', '127.0.0.1'])('Host: %s', async (host) => {
    const { edgeUrl } = readStack();
    const port = new URL(edgeUrl).port;
    const answer = await rawPost(`${edgeUrl}/graphql`, JSON.stringify({ query: ME }), {
      Host: `${host}:${port}`,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { me: null } });
  });
});

describe('public signing keys', () => {
  it('are published at the edge and verify the tokens users issues', async () => {
    const { edgeUrl } = readStack();
    const response = await fetch(`${edgeUrl}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: { kid: string; alg: string }[] };
    const { kid } = decodeProtectedHeader(member.token);
    expect(keys).toContainEqual(expect.objectContaining({ kid, alg: 'EdDSA' }));
    expect(JSON.stringify(keys)).not.toMatch(/"d":/);
  });
});

describe('malformed requests', () => {
  it('malformed JSON gets 400 and a JSON error, no stack trace', async () => {
    const { edgeUrl } = readStack();
    const response = await fetch(`${edgeUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ me { id } ',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('an unknown path under the API prefixes gets a JSON 404', async () => {
    const { edgeUrl } = readStack();
    for (const path of ['/dashboard/admin', '/graphql/extra', '/auth/verify', '/api/courts']) {
      const response = await fetch(`${edgeUrl}${path}`);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe('NOT_FOUND');
    }
  });

  it('every other path gets the web app, so its own addresses survive a reload', async () => {
    const { edgeUrl } = readStack();
    const response = await fetch(`${edgeUrl}/courts/some-court`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await response.text()).toContain('<div id="root">');
  });
});
