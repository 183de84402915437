import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { checkDockerfile } from './checks/checkDockerfile.js';
import { readDockerfile } from './checks/readDockerfile.js';
import { REPO_ROOT, SERVICES } from './support/repository.js';

const WORKSPACES = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }
).workspaces;

/** Both stages of each Dockerfile run `npm ci`, so both need every workspace manifest. */
const NPM_CI_STAGES = [0, 1];

function problemsOf(path: string): string[] {
  return checkDockerfile(path, readDockerfile(path), WORKSPACES, NPM_CI_STAGES);
}

describe.each(SERVICES)('the $name Dockerfile', ({ folder }) => {
  it('follows the image rules', () => {
    expect(problemsOf(join(REPO_ROOT, folder, 'Dockerfile'))).toEqual([]);
  });
});

describe('a drifted Dockerfile', () => {
  it.each([
    ['installs dev dependencies', ' --omit=dev', '', 'must run npm ci --omit=dev'],
    ['runs as a named user', 'USER 1000:1000', 'USER node', 'numeric USER other than 0'],
    ['runs as root', 'USER 1000:1000', 'USER 0', 'numeric USER other than 0'],
    ['drops NODE_ENV', 'ENV NODE_ENV=production', 'ENV NODE_ENV=development', 'NODE_ENV'],
    ['misses a workspace manifest', 'COPY deploy/package.json deploy/\n', '', 'deploy/package'],
  ])('is caught when it %s', (_case, from, to, problem) => {
    const dir = mkdtempSync(join(tmpdir(), 'courtgraph-dockerfile-'));
    try {
      const source = join(REPO_ROOT, 'subgraphs', 'users', 'Dockerfile');
      const copy = join(dir, 'Dockerfile');
      const text = readFileSync(source, 'utf8');
      expect(text).toContain(from);
      writeFileSync(copy, text.replace(from, to));
      copyFileSync(`${source}.dockerignore`, `${copy}.dockerignore`);

      expect(problemsOf(copy).join('\n')).toContain(problem);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is caught without its .dockerignore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'courtgraph-dockerfile-'));
    try {
      copyFileSync(join(REPO_ROOT, 'gateway', 'Dockerfile'), join(dir, 'Dockerfile'));
      expect(problemsOf(join(dir, 'Dockerfile'))).toContain(
        `${join(dir, 'Dockerfile')}.dockerignore must exclude **/node_modules.`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
