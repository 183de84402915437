import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { generateSchemaFiles } from '../../src/compose/generateSchemaFiles.js';
import { REPO_ROOT, type RepoPaths, repoPaths } from '../../src/repoPaths.js';

/** Files of the real repository that the schema check reads, copied into each fixture. */
const COPIED = [
  'rover.yaml',
  'subgraphs/users/schema.graphql',
  'subgraphs/courts/schema.graphql',
  'schema',
];

export interface FixtureRepo {
  paths: RepoPaths;
  /** Rewrites a file of the fixture through a function of its text. */
  edit(relativePath: string, change: (text: string) => string): void;
  write(relativePath: string, text: string): void;
  read(relativePath: string): string;
  /** What `npm run schema:compose` would do in the fixture. */
  compose(): void;
  remove(): void;
}

/** A copy of the repository's schema files in a temporary folder, to break on purpose. */
export function fixtureRepo(): FixtureRepo {
  const root = mkdtempSync(join(tmpdir(), 'courtgraph-schema-'));
  for (const path of COPIED) cpSync(join(REPO_ROOT, path), join(root, path), { recursive: true });
  const paths = repoPaths(`${root}/`);
  return {
    paths,
    edit: (path, change) => {
      const file = join(root, path);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
    },
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    read: (path) => readFileSync(join(root, path), 'utf8'),
    compose: () => {
      for (const [path, content] of generateSchemaFiles(paths).files) writeFileSync(path, content);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
