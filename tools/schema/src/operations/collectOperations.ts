import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { relativeToRoot, type RepoPaths } from '../repoPaths.js';
import { findFiles } from './findFiles.js';
import { markdownOperations } from './markdownOperations.js';
import type { OperationSource } from './OperationSource.js';
import { taggedOperations } from './taggedOperations.js';

/**
 * Every client operation in the repository and the schema each one must validate against:
 * - the web app's `web/src/**\/*.graphql` (absent until the web app exists): the API schema;
 * - ```graphql blocks in README.md and docs/**\/*.md: the API schema;
 * - marked documents in e2e/test (they go through the edge): the API schema;
 * - marked documents in subgraphs/<name>/test: that subgraph's own schema, since those tests
 *   call the subgraph directly, `_entities` included.
 */
export function collectOperations(
  paths: RepoPaths,
  subgraphs: { name: string; testDir: string }[],
): OperationSource[] {
  const label = (path: string) => relativeToRoot(paths, path);
  const sources: OperationSource[] = [];

  for (const path of findFiles(join(paths.root, 'web', 'src'), ['.graphql', '.gql'])) {
    const document = readFileSync(path, 'utf8');
    sources.push({ location: `${label(path)}:1`, document, target: 'api' });
  }
  const markdown = [join(paths.root, 'README.md'), ...findFiles(join(paths.root, 'docs'), ['.md'])];
  for (const path of markdown.filter((file) => existsSync(file))) {
    sources.push(...markdownOperations(path, label(path)));
  }
  for (const path of findFiles(join(paths.root, 'e2e', 'test'), ['.ts', '.tsx'])) {
    sources.push(...taggedOperations(path, label(path), 'api'));
  }
  for (const { name, testDir } of subgraphs) {
    for (const path of findFiles(testDir, ['.ts'])) {
      sources.push(...taggedOperations(path, label(path), name));
    }
  }
  return sources;
}
