// @ts-check
/**
 * `npm test`: every check and every test suite, on the real PostgreSQL, Redis and Caddy.
 * Installs what is missing first (npm packages, Caddy), builds, then runs in order:
 * type checks, the formatter and lint checks, the supergraph drift check, each package's Jest
 * suite and the end-to-end suite through the edge. Ends with one line "N passed, N failed".
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { ensureCaddy, ensureNpmPackages, run } from './lib/install.mjs';
import { REPO_ROOT } from './lib/stack.mjs';

const SUITES = ['subgraphs/users', 'subgraphs/courts', 'gateway', 'deploy', 'e2e'];
const RESULTS = join(REPO_ROOT, '.run', 'test-results');

/** @type {{ name: string, ok: boolean }[]} */
const checks = [];
let passed = 0;
let failed = 0;
let skipped = 0;

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {NodeJS.ProcessEnv} [env]
 */
function check(name, command, args, cwd, env = {}) {
  process.stdout.write(`\n=== ${name}\n`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', ...env },
  });
  const ok = result.status === 0;
  checks.push({ name, ok });
  return ok;
}

/** @param {string} suite */
function countResults(suite) {
  const file = join(RESULTS, `${suite.replaceAll('/', '-')}.json`);
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } catch {
    failed += 1;
  }
}

ensureNpmPackages(REPO_ROOT);
ensureCaddy();
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

process.stdout.write('\n=== build\n');
run('npm', ['run', 'build', '--silent'], REPO_ROOT);

for (const suite of SUITES) {
  check(`typecheck ${suite}`, 'npx', ['tsc', '-p', `${suite}/tsconfig.json`], REPO_ROOT);
}
check('format (prettier --check)', 'npx', ['prettier', '--check', '.'], REPO_ROOT);
check('lint (eslint)', 'npx', ['eslint', '.'], REPO_ROOT);
check(
  'supergraph is composed from rover.yaml',
  'node',
  ['dist/compose/cli.js', '--check'],
  join(REPO_ROOT, 'gateway'),
);

for (const suite of SUITES) {
  const outputFile = join(RESULTS, `${suite.replaceAll('/', '-')}.json`);
  check(
    `tests ${suite}`,
    'npx',
    ['jest', '--runInBand', '--json', `--outputFile=${outputFile}`],
    join(REPO_ROOT, suite),
    { NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning' },
  );
  countResults(suite);
}

process.stdout.write('\n=== summary\n');
for (const { name, ok } of checks) process.stdout.write(`${ok ? 'ok  ' : 'FAIL'}  ${name}\n`);
const checksFailed = checks.filter(({ ok }) => !ok).length;
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(checksFailed === 0 && failed === 0 ? 0 : 1);
