/**
 * `npm run schema:release`: records the current API schema as the one clients rely on
 * (schema/released/api.graphql) and moves the changelog's Unreleased declarations, with every
 * other change of this release, under a dated heading. Run it when a release ships; commit.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import {
  EMPTY_UNRELEASED,
  UNRELEASED_HEADING,
  readDeclarations,
  releaseChangelog,
} from '../changes/changelog.js';
import { compareSchemas } from '../changes/compareSchemas.js';
import { generateSchemaFiles } from '../compose/generateSchemaFiles.js';
import { repoPaths } from '../repoPaths.js';
import { runCli } from './runCli.js';

const NEW_CHANGELOG = [
  '# Schema changelog',
  '',
  'See docs/schema-checks.md for the format; npm run schema:check reads the section',
  `${UNRELEASED_HEADING}.`,
  '',
  UNRELEASED_HEADING,
  '',
  EMPTY_UNRELEASED,
  '',
].join('\n');

runCli(async () => {
  const paths = repoPaths();
  const { composition, files } = generateSchemaFiles(paths);
  const stale = [...files].some(
    ([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content,
  );
  if (stale) {
    throw new Error('The schema files are out of date: run npm run schema:compose first.');
  }

  const released = existsSync(paths.releasedApiSchema)
    ? readFileSync(paths.releasedApiSchema, 'utf8')
    : composition.apiSdl;
  const declarations = readDeclarations(paths.changelog);
  const { all, undeclared } = await compareSchemas(
    released,
    composition.apiSdl,
    declarations,
    'the last release',
  );
  if (undeclared.length > 0) throw new Error(undeclared.join('\n'));
  const changelog = existsSync(paths.changelog)
    ? readFileSync(paths.changelog, 'utf8')
    : NEW_CHANGELOG;
  const date = new Date().toISOString().slice(0, 10);

  mkdirSync(dirname(paths.releasedApiSchema), { recursive: true });
  writeFileSync(paths.releasedApiSchema, composition.apiSdl);
  writeFileSync(paths.changelog, releaseChangelog(changelog, date, all));
  process.stdout.write(
    `Released the API schema (${all.length} change(s)): commit schema/released/api.graphql ` +
      'and schema/CHANGELOG.md.\n',
  );
  return 0;
});
