import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { REGISTER, registerUser } from '../support/fixtures.js';
import { startTestService, type TestService } from '../support/testService.js';

let t: TestService;

beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.reset();
});

const valid = {
  username: 'ana.perez',
  email: 'ana@example.com',
  password: 'a long passphrase',
  displayName: '  Ana Pérez  ',
};

const REGISTER_WITH_PERMISSIONS = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        id
        permissions
      }
    }
  }
`;

function expectNoLeak(text: string): void {
  expect(text).not.toContain('stacktrace');
  expect(text).not.toContain('$argon2');
  expect(text).not.toContain('password_hash');
  expect(text).not.toContain('passwordHash');
}

describe('register', () => {
  it('creates a member, returns a bearer token and stores an argon2id hash', async () => {
    const result = await t.gql<{
      register: {
        accessToken: string;
        tokenType: string;
        expiresIn: number;
        user: { id: string; username: string; displayName: string };
      };
    }>(REGISTER, { input: valid });

    expect(result.body.errors).toBeUndefined();
    const payload = result.body.data!.register;
    expect(payload.tokenType).toBe('Bearer');
    expect(payload.expiresIn).toBe(900);
    expect(payload.accessToken.split('.')).toHaveLength(3);
    expect(payload.user).toMatchObject({ username: 'ana.perez', displayName: 'Ana Pérez' });
    expectNoLeak(result.text);

    const rows = await t.service.services.orm.em
      .fork()
      .execute(
        'select u.password_hash, r.name as role from users u ' +
          'join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id ' +
          'where u.id = ?',
        [payload.user.id],
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]!['role']).toBe('member');
    expect(String(rows[0]!['password_hash'])).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it.each([
    ['username', { username: 'ab' }],
    ['username', { username: 'has space' }],
    ['username', { username: 'x'.repeat(33) }],
    ['email', { email: 'not-an-email' }],
    ['email', { email: 'a@b' }],
    ['password', { password: 'short' }],
    ['password', { password: 'p'.repeat(129) }],
    ['displayName', { displayName: '   ' }],
    ['displayName', { displayName: 'n'.repeat(65) }],
    // PostgreSQL rejects NUL: it must be refused as input, not reach the database.
    ['username', { username: 'ana\u0000perez' }],
    ['email', { email: 'n\u0000@example.com' }],
    ['email', { email: 'a\u0007@example.com' }],
    ['email', { email: 'ana\u0085@example.com' }],
    ['password', { password: 'a long \u0000passphrase' }],
    ['password', { password: 'a long\tpassphrase' }],
    ['displayName', { displayName: 'Ana\u0000' }],
    ['displayName', { displayName: 'Ana\u009b' }],
    ['password', { password: ' '.repeat(8) }],
    ['password', { password: ' \t\u00a0\u3000'.repeat(3) }],
  ])('rejects an invalid %s with BAD_USER_INPUT naming the field', async (field, change) => {
    const result = await t.gql(REGISTER, { input: { ...valid, ...change } });

    expect(result.status).toBe(200);
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expectNoLeak(result.text);
    const count = await t.service.services.orm.em.fork().execute('select count(*) from users');
    expect(Number(count[0]!['count'])).toBe(0);
  });

  it.each([
    ['a right-to-left override', 'abc\u202Egnp.exe'],
    ['a left-to-right embedding', '\u202AAna'],
    ['a first-strong isolate', 'Ana\u2068 Pérez'],
    ['a zero-width space inside', 'Ana\u200BPérez'],
    ['a soft hyphen', 'Ana\u00ADPérez'],
    ['a byte order mark at the start', '\uFEFFAna'],
    ['half of a surrogate pair', 'Ana\uD83D'],
    ['only a zero-width space', '\u200B'],
    ['only a zero-width joiner', '\u200D'],
    ['only spaces and a joiner', ' \u200D \u200C '],
    ['only a combining accent', '\u0301'],
    ['only a Hangul filler', '\u3164'],
    ['only ideographic spaces', '\u3000\u3000'],
  ])('refuses a display name with %s as BAD_USER_INPUT', async (_case, displayName) => {
    const result = await t.gql(REGISTER, { input: { ...valid, displayName } });

    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/display name/i),
        extensions: { code: 'BAD_USER_INPUT', field: 'displayName' },
      }),
    ]);
    const count = await t.service.services.orm.em.fork().execute('select count(*) from users');
    expect(Number(count[0]!['count'])).toBe(0);
  });

  it.each([
    ['a right-to-left override', 'ana\u202E@example.com'],
    ['a left-to-right embedding', '\u202Aana@example.com'],
    ['a pop directional formatting', 'ana@exam\u202Cple.com'],
    ['a right-to-left isolate', 'ana@\u2067example.com'],
    ['a pop directional isolate', 'ana\u2069@example.com'],
  ])('refuses an email with %s as BAD_USER_INPUT', async (_case, email) => {
    const result = await t.gql(REGISTER, { input: { ...valid, email } });

    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/direction/),
        extensions: { code: 'BAD_USER_INPUT', field: 'email' },
      }),
    ]);
  });

  it.each([
    ['an emoji ZWJ sequence', 'Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}'],
    ['a zero-width non-joiner in Persian', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
    [
      'a subdivision flag (tags)',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    ],
    ['one visible character', '\u00A0x\u00A0'],
  ])('accepts a display name with %s', async (_case, displayName) => {
    const result = await t.gql<{ register: { user: { displayName: string } } }>(REGISTER, {
      input: { ...valid, displayName },
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.register.user.displayName).toBe(displayName.trim());
  });

  it('stores a display name in NFC and counts its length after normalising', async () => {
    // 64 "é" written as "e" plus a combining accent: 128 code points, 64 once composed.
    const decomposed = 'e\u0301'.repeat(64);
    const result = await t.gql<{ register: { user: { id: string; displayName: string } } }>(
      REGISTER,
      { input: { ...valid, displayName: ` Ana Pe\u0301rez ` } },
    );
    const long = await t.gql<{ register: { user: { displayName: string } } }>(REGISTER, {
      input: {
        ...valid,
        username: 'long.name',
        email: 'long@example.com',
        displayName: decomposed,
      },
    });

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.register.user.displayName).toBe('Ana P\u00E9rez');
    const rows = await t.service.services.orm.em
      .fork()
      .execute('select display_name from users where id = ?', [result.body.data!.register.user.id]);
    expect(rows[0]!['display_name']).toBe('Ana P\u00E9rez');
    expect(long.body.errors).toBeUndefined();
    expect(long.body.data!.register.user.displayName).toBe('\u00E9'.repeat(64));
  });

  it('says why a password of only spaces is refused', async () => {
    const result = await t.gql(REGISTER, { input: { ...valid, password: ' '.repeat(8) } });
    expect(result.body.errors![0]!.message).toMatch(/only of spaces/);
  });

  it('says which field holds a control character', async () => {
    const result = await t.gql(REGISTER, { input: { ...valid, email: 'n\u0000@example.com' } });
    expect(result.body.errors).toEqual([
      {
        message: expect.stringMatching(/control characters/),
        path: ['register'],
        locations: expect.any(Array),
        extensions: { code: 'BAD_USER_INPUT', field: 'email' },
      },
    ]);
  });

  it('lets the new user read their own permissions in the same request', async () => {
    const result = await t.gql<{
      register: { accessToken: string; user: { id: string; permissions: string[] } };
    }>(REGISTER_WITH_PERMISSIONS, { input: valid });

    expect(result.body.errors).toBeUndefined();
    const payload = result.body.data!.register;
    expect(payload.user.permissions).toEqual([]);
    expect(payload.accessToken.split('.')).toHaveLength(3);
  });

  it('rejects a username that differs only in case, then keeps working', async () => {
    await registerUser(t, { username: 'Marco', email: 'marco@example.com' });

    const duplicate = await t.gql(REGISTER, {
      input: { ...valid, username: 'mARCO', email: 'other@example.com' },
    });
    expect(duplicate.body.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'username',
    });
    expectNoLeak(duplicate.text);

    const next = await t.gql(REGISTER, { input: valid });
    expect(next.body.errors).toBeUndefined();
  });

  it('rejects an email that differs only in case', async () => {
    await registerUser(t, { username: 'first', email: 'Same@Example.com' });

    const duplicate = await t.gql(REGISTER, { input: { ...valid, email: 'same@example.COM' } });
    expect(duplicate.body.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expectNoLeak(duplicate.text);
  });

  it('lets exactly one of two simultaneous registrations of a name win', async () => {
    const attempts = await Promise.all(
      ['racer@example.com', 'racer2@example.com'].map((email) =>
        t.gql(REGISTER, { input: { ...valid, username: 'racer', email } }),
      ),
    );
    const codes = attempts.map((a) => a.body.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['BAD_USER_INPUT', 'OK']);
  });
});
