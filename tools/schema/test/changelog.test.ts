/** The changelog a release writes, and the page of permissions. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readDeclarations, releaseChangelog } from '../src/changes/changelog.js';
import { renderPermissions } from '../src/permissions/renderPermissions.js';
import { generateSchemaFiles } from '../src/compose/generateSchemaFiles.js';
import { repoPaths } from '../src/repoPaths.js';

const CHANGELOG = [
  '# Schema changelog',
  '',
  '## Unreleased',
  '',
  '- `FIELD_REMOVED Court.surface`: use Court.surfaceType.',
  '',
  '## Released 2026-01-01',
  '',
  '- First.',
  '',
].join('\n');

it('a release moves the Unreleased declarations under a dated heading, with every change', () => {
  expect(releaseChangelog(CHANGELOG, '2026-02-02', ['Breaking: gone. Use X.', 'Added Y.'])).toBe(
    [
      '# Schema changelog',
      '',
      '## Unreleased',
      '',
      'No breaking change since the last release. Declare each one here before it merges.',
      '',
      '## Released 2026-02-02',
      '',
      '- Breaking: gone. Use X.',
      '- Added Y.',
      '',
      '## Released 2026-01-01',
      '',
      '- First.',
      '',
    ].join('\n'),
  );
});

it('reads declarations from the Unreleased section only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'changelog-'));
  writeFileSync(`${dir}/CHANGELOG.md`, `${CHANGELOG}- \`TYPE_REMOVED Old\`: old.\n`);
  expect(readDeclarations(`${dir}/CHANGELOG.md`)).toEqual([
    { key: 'FIELD_REMOVED Court.surface', reason: 'use Court.surfaceType.' },
  ]);
});

it('lists every @requiresPermission operation of the supergraph', () => {
  const { composition } = generateSchemaFiles(repoPaths());
  const page = renderPermissions(composition.supergraphSdl);
  expect(page).toContain('| `Mutation.createCourt` | `courts:create` |');
  expect(page).toContain('| `Mutation.deleteCourt` | `courts:delete` |');
  expect(page).toContain('| `Mutation.updateCourt` | `courts:update` |');
});
