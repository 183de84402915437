/**
 * npm run schema:check on the repository as committed, then on copies broken on purpose:
 * each kind of problem fails with a message that says what to do.
 */
import { execFileSync } from 'node:child_process';

import { runSchemaCheck } from '../src/check/runSchemaCheck.js';
import { repoPaths } from '../src/repoPaths.js';
import { type FixtureRepo, fixtureRepo } from './support/fixtureRepo.js';

let fixture: FixtureRepo;

beforeEach(() => {
  fixture = fixtureRepo();
});

afterEach(() => {
  fixture.remove();
});

async function failures(baseRef?: string): Promise<{ kind: string; message: string }[]> {
  const report = await runSchemaCheck(fixture.paths, baseRef ? { baseRef } : {});
  return report.failures;
}

const addToUser = (field: string) => (sdl: string) =>
  sdl.replace('type User @key(fields: "id") {\n', `type User @key(fields: "id") {\n${field}\n`);

it('passes on the repository as committed, test and doc operations included', async () => {
  const report = await runSchemaCheck(repoPaths());
  expect(report.failures).toEqual([]);
});

it('passes on an untouched copy', async () => {
  expect(await failures()).toEqual([]);
});

describe('stale files', () => {
  it('fails when a subgraph changed and the composed files were not rewritten', async () => {
    fixture.edit(
      'subgraphs/users/schema.graphql',
      addToUser('  "A nickname."\n  nickname: String'),
    );
    const found = await failures();
    expect(found.map(({ kind }) => kind)).toEqual(['stale', 'stale']);
    expect(found.map(({ message }) => message)).toEqual([
      'schema/supergraph.graphql is out of date: run npm run schema:compose and commit the result.',
      'schema/api.graphql is out of date: run npm run schema:compose and commit the result.',
    ]);
  });

  it('fails when PERMISSIONS.md no longer matches the @requiresPermission usages', async () => {
    fixture.edit('subgraphs/courts/schema.graphql', (sdl) =>
      sdl.replace('"courts:delete"', '"courts:remove"'),
    );
    fixture.compose();
    fixture.write('schema/PERMISSIONS.md', '# edited by hand\n');
    expect(await failures()).toEqual([
      {
        kind: 'stale',
        message:
          'schema/PERMISSIONS.md is out of date: run npm run schema:compose and commit the result.',
      },
    ]);
  });
});

describe('composition', () => {
  it('fails naming the code, the subgraphs, the type and the field', async () => {
    // The first `id: ID!` after the courts User's opening line, whatever describes it.
    fixture.edit('subgraphs/courts/schema.graphql', (sdl) =>
      sdl.replace(/(type User @key\(fields: "id"\) \{[^}]*?)id: ID!/, '$1id: String!'),
    );
    const [failure, ...rest] = await failures();
    expect(rest).toEqual([]);
    expect(failure?.kind).toBe('composition');
    expect(failure?.message).toMatch(
      /\[FIELD_TYPE_MISMATCH\] Type of field "User\.id" .* subgraph "courts" .* subgraph "users"/,
    );
    expect(failure?.message).toMatch(/subgraphs\/courts\/schema\.graphql:\d+:\d+/);
    expect(failure?.message).toMatch(/run npm run schema:compose/);
  });
});

describe('breaking changes', () => {
  const removeFutsal = (sdl: string) => sdl.replace('  FUTSAL\n', '');

  it('fails on a removed enum value until the changelog declares it', async () => {
    fixture.edit('subgraphs/courts/schema.graphql', removeFutsal);
    fixture.compose();
    const found = await failures();
    expect(found).toEqual([
      {
        kind: 'breaking',
        message: expect.stringContaining('[ENUM_VALUE_REMOVED Sport.FUTSAL]') as string,
      },
    ]);
    expect(found[0]?.message).toMatch(/since the last release \(schema\/released\/api\.graphql\)/);
    expect(found[0]?.message).toContain(
      'declare it in schema/CHANGELOG.md under "## Unreleased" as: - `ENUM_VALUE_REMOVED Sport.FUTSAL`',
    );

    fixture.edit('schema/CHANGELOG.md', (text) =>
      text.replace(
        /## Unreleased\n\n[^\n]*\n/,
        '## Unreleased\n\n- `ENUM_VALUE_REMOVED Sport.FUTSAL`: no court offers futsal any more.\n',
      ),
    );
    expect(await failures()).toEqual([]);
  });

  it('does not accept a declaration from an earlier release', async () => {
    fixture.edit('subgraphs/courts/schema.graphql', removeFutsal);
    fixture.compose();
    fixture.edit(
      'schema/CHANGELOG.md',
      (text) => `${text}\n- \`ENUM_VALUE_REMOVED Sport.FUTSAL\`: an old declaration.\n`,
    );
    expect((await failures()).map(({ kind }) => kind)).toEqual(['breaking']);
  });

  it('fails on an argument made required', async () => {
    fixture.edit('subgraphs/courts/schema.graphql', (sdl) =>
      sdl.replace('court(id: ID!): Court', 'court(id: ID!, sport: Sport!): Court'),
    );
    fixture.compose();
    const [failure] = await failures();
    expect(failure?.message).toMatch(/\[FIELD_ARGUMENT_ADDED Query\.court\.sport\]/);
  });

  it('with --base compares with schema/api.graphql at that git commit instead', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: fixture.paths.root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
    fixture.edit('subgraphs/courts/schema.graphql', removeFutsal);
    fixture.compose();
    // The release snapshot moves along, so only the comparison with HEAD can see the change.
    fixture.write('schema/released/api.graphql', fixture.read('schema/api.graphql'));
    expect(await failures()).toEqual([]);

    const found = await failures('HEAD');
    expect(found.map(({ message }) => message)).toEqual([
      expect.stringMatching(/^Breaking change for clients since HEAD .*ENUM_VALUE_REMOVED/),
    ]);
    expect((await failures('no-such-ref'))[0]?.message).toMatch(/--base no-such-ref: git has no/);
  });
});

describe('conventions', () => {
  it('fails on an undescribed field, naming the subgraph file and the fix', async () => {
    fixture.edit('subgraphs/users/schema.graphql', addToUser('  nickname: String'));
    fixture.compose();
    expect(await failures()).toEqual([
      {
        kind: 'convention',
        message:
          'subgraph users (subgraphs/users/schema.graphql): field User.nickname has no ' +
          'description: add a "..." line above it in the subgraph schema saying what it means ' +
          'to a client.',
      },
    ]);
  });

  it('fails on names against GraphQL conventions', async () => {
    fixture.edit('subgraphs/courts/schema.graphql', (sdl) =>
      sdl.replace('  FUTSAL\n', '  FUTSAL\n  "Beach tennis."\n  beachTennis\n'),
    );
    fixture.edit(
      'subgraphs/users/schema.graphql',
      addToUser('  "A nickname."\n  nick_name: String'),
    );
    fixture.compose();
    const messages = (await failures())
      .filter(({ kind }) => kind === 'convention')
      .map(({ message }) => message);
    expect(messages).toEqual([
      expect.stringMatching(/subgraph courts .*: Sport\.beachTennis is not SCREAMING_SNAKE_CASE/),
      expect.stringMatching(/subgraph users .*: User\.nick_name is not camelCase \(field names\)/),
    ]);
  });

  it('fails on a connection shaped unlike the others', async () => {
    fixture.edit('subgraphs/users/schema.graphql', (sdl) =>
      sdl.replace(
        /("How many users match, over all pages."\n\s+)totalCount: Int!/,
        '$1total: Int!',
      ),
    );
    fixture.compose();
    const found = await failures();
    expect(found.filter(({ kind }) => kind === 'convention')).toEqual([
      {
        kind: 'convention',
        message: expect.stringMatching(/UserConnection\.totalCount must be Int!\. Connections are/),
      },
    ]);
  });

  it('fails on a new mutation answering Boolean, and on an allow-list entry left behind', async () => {
    fixture.edit('subgraphs/users/schema.graphql', (sdl) =>
      sdl.replace(
        'type Mutation {\n',
        'type Mutation {\n  "Marks the user as seen."\n  touchUser(id: ID!): Boolean!\n',
      ),
    );
    fixture.edit('subgraphs/users/schema.graphql', (sdl) =>
      sdl.replace(
        /\n {2}"Ends the session of this refresh token."\n {2}logout\(refreshToken: String!\): Boolean!/,
        '',
      ),
    );
    fixture.compose();
    fixture.edit('schema/CHANGELOG.md', (text) =>
      text.replace(
        /## Unreleased\n\n[^\n]*\n/,
        '## Unreleased\n\n- `FIELD_REMOVED Mutation.logout`: sessions now end on their own.\n',
      ),
    );
    expect((await failures()).map(({ message }) => message)).toEqual([
      expect.stringMatching(
        /Mutation\.touchUser returns Boolean!: return the object it changes .* add it to schema\/conventions-allowlist\.yaml with the reason\./,
      ),
      'schema/conventions-allowlist.yaml allows "mutation-returns-object Mutation.logout", ' +
        'which no longer occurs: remove it from the list.',
    ]);
  });
});

describe('client operations', () => {
  it('fails on a README example that does not validate against the API schema', async () => {
    fixture.write(
      'README.md',
      '# Example\n\nText.\n\n```graphql\nquery Courts {\n  courts { totalCount nope }\n}\n```\n',
    );
    expect(await failures()).toEqual([
      {
        kind: 'operation',
        message:
          'README.md:5: Cannot query field "nope" on type "CourtConnection". The operation ' +
          'does not validate against schema/api.graphql: change the operation, or the schema ' +
          'if the operation is right.',
      },
    ]);
  });

  it('validates marked test operations, subgraph tests against their own subgraph', async () => {
    fixture.write(
      'e2e/test/x.test.ts',
      'const Q = /* GraphQL */ `\n  { me { id _entities } }\n`;\n',
    );
    fixture.write(
      'subgraphs/courts/test/x.test.ts',
      [
        'const ENTITIES = /* GraphQL */ `',
        '  query ($r: [_Any!]!) { _entities(representations: $r) { ... on Court { id } } }',
        '`;',
        'const WRONG = /* GraphQL */ `{ court(id: "1") { nope } }`;',
        'const UNMARKED = `{ this is not checked }`;',
        '',
      ].join('\n'),
    );
    expect((await failures()).map(({ message }) => message)).toEqual([
      expect.stringMatching(
        /^e2e\/test\/x\.test\.ts:1: Cannot query field "_entities" on type "User"/,
      ),
      expect.stringMatching(
        /^subgraphs\/courts\/test\/x\.test\.ts:4: Cannot query field "nope" on type "Court"\..* The operation does not validate against subgraphs\/courts\/schema\.graphql/,
      ),
    ]);
  });

  it('validates the web app .graphql files, with fragments from other files', async () => {
    fixture.write('web/src/fragments.graphql', 'fragment CourtCard on Court { id name }\n');
    fixture.write(
      'web/src/courts.graphql',
      'query Courts { courts { edges { node { ...CourtCard } } } }\n',
    );
    fixture.write('web/src/bad.graphql', 'mutation { createCourt { id } }\n');
    const found = await failures();
    expect(found.map(({ message }) => message)).toEqual([
      expect.stringMatching(/^web\/src\/bad\.graphql:1: Field "createCourt" argument "input"/),
    ]);
  });
});
