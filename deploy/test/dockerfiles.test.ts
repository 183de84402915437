import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { checkDockerfile } from './checks/checkDockerfile.js';
import { readDockerfile } from './checks/readDockerfile.js';
import { REPO_ROOT, SERVICES, WEB_APP } from './support/repository.js';

const WORKSPACES = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }
).workspaces;

/** Both stages of each Dockerfile run `npm ci`, so both need every workspace manifest. */
const NPM_CI_STAGES = [0, 1];

function problemsOf(path: string): string[] {
  return checkDockerfile(path, readDockerfile(path), WORKSPACES, NPM_CI_STAGES);
}

/** The web image runs `npm ci` only to build; its final stage is Caddy and the files. */
function webProblemsOf(path: string): string[] {
  return checkDockerfile(path, readDockerfile(path), WORKSPACES, [0], 'static');
}

/** A copy of a Dockerfile and its .dockerignore with one edit, checked, then removed. */
function problemsOfEdited(folder: string, from: string, to: string, check = problemsOf) {
  const dir = mkdtempSync(join(tmpdir(), 'courtgraph-dockerfile-'));
  try {
    const source = join(REPO_ROOT, folder, 'Dockerfile');
    const copy = join(dir, 'Dockerfile');
    const text = readFileSync(source, 'utf8');
    expect(text).toContain(from);
    writeFileSync(copy, text.replace(from, to));
    copyFileSync(`${source}.dockerignore`, `${copy}.dockerignore`);
    return check(copy).join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(SERVICES)('the $name Dockerfile', ({ folder }) => {
  it('follows the image rules', () => {
    expect(problemsOf(join(REPO_ROOT, folder, 'Dockerfile'))).toEqual([]);
  });
});

describe('the web Dockerfile', () => {
  it('follows the image rules of a static image', () => {
    expect(webProblemsOf(join(REPO_ROOT, WEB_APP.folder, 'Dockerfile'))).toEqual([]);
  });

  it.each([
    ['keeps the file capability of caddy', 'RUN setcap -r /usr/bin/caddy\n', '', 'setcap -r'],
    ['runs as root', 'USER 1000:1000', 'USER 0', 'numeric USER other than 0'],
    ['misses a workspace manifest', 'COPY web/package.json web/\n', '', 'web/package.json'],
    [
      'installs packages in the final stage',
      'COPY web/Caddyfile',
      'RUN npm install -g serve\nCOPY web/Caddyfile',
      'must not run npm',
    ],
  ])('is caught when it %s', (_case, from, to, problem) => {
    expect(problemsOfEdited(WEB_APP.folder, from, to, webProblemsOf)).toContain(problem);
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
    expect(problemsOfEdited(join('subgraphs', 'users'), from, to)).toContain(problem);
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
