// @ts-check
/**
 * `npm test`: every check and every test suite, on the real PostgreSQL, Redis and Caddy.
 * Installs what is missing first (npm packages, Caddy, Chromium), builds, then runs in order:
 * type checks, the formatter and lint checks, `npm run schema:check`, each package's Jest
 * suite, the web app's component tests, the end-to-end suite through the edge (with the
 * playground in real Chromium) and the web app's browser suite in headless Chromium.
 * Ends with one line "N passed, N failed".
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { ensureCaddy, ensureChromium, ensureNpmPackages, run } from './lib/install.mjs';
import { REPO_ROOT } from './lib/stack.mjs';

const SUITES = ['subgraphs/users', 'subgraphs/courts', 'gateway', 'tools/schema', 'deploy', 'e2e'];
/** Type-checked like the suites; the web app's component tests run under Vitest (below). */
const TYPECHECKED = [...SUITES, 'playground', 'web'];
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
function resultsOf(suite) {
  return join(RESULTS, `${suite.replaceAll('/', '-')}.json`);
}

/** @param {string} suite */
function countResults(suite) {
  const file = resultsOf(suite);
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
ensureChromium();
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

process.stdout.write('\n=== build\n');
run('npm', ['run', 'build', '--silent'], REPO_ROOT);

for (const suite of TYPECHECKED) {
  check(`typecheck ${suite}`, 'npx', ['tsc', '-p', `${suite}/tsconfig.json`], REPO_ROOT);
}
check('format (prettier --check)', 'npx', ['prettier', '--check', '.'], REPO_ROOT);
check('lint (eslint)', 'npx', ['eslint', '.'], REPO_ROOT);
check(
  'schema:check (composition, committed files, breaking changes, conventions, operations)',
  'node',
  ['dist/cli/check.js'],
  join(REPO_ROOT, 'tools', 'schema'),
);

/**
 * @param {string} name
 * @param {string} suite
 * @param {string} results
 * @param {string[]} paths
 * @param {NodeJS.ProcessEnv} env
 */
function jest(name, suite, results, paths, env) {
  const outputFile = resultsOf(results);
  check(
    name,
    'npx',
    ['jest', '--runInBand', '--json', `--outputFile=${outputFile}`, ...paths],
    join(REPO_ROOT, suite),
    { NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning', ...env },
  );
  countResults(results);
}

for (const suite of SUITES) {
  if (suite !== 'subgraphs/courts') {
    jest(`tests ${suite}`, suite, suite, [], {});
    continue;
  }
  // Booking times must not depend on the zone the server runs in: the schedule and booking
  // tests run under UTC with the rest of courts, then again under a zone with daylight saving.
  jest(`tests ${suite} (TZ=UTC)`, suite, suite, [], { TZ: 'UTC' });
  jest(
    `tests ${suite} test/schedule test/bookings (TZ=America/New_York)`,
    suite,
    `${suite}/schedule-new-york`,
    ['test/schedule', 'test/bookings'],
    { TZ: 'America/New_York' },
  );
}

// The web app's component tests run in Vitest (it shares Vite's build config); its JSON report
// has the fields of Jest's, so it is counted the same way.
check(
  'tests web',
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsOf('web')}`,
  ],
  join(REPO_ROOT, 'web'),
);
countResults('web');

// The browser tests start a stack of their own, with short-lived access tokens, after the
// other end-to-end tests have stopped theirs (they share its databases and Redis index).
check(
  'tests e2e (browser)',
  'npx',
  [
    'jest',
    '--runInBand',
    '--config',
    'jest.browser.config.js',
    '--json',
    `--outputFile=${resultsOf('e2e-browser')}`,
  ],
  join(REPO_ROOT, 'e2e'),
  { NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning' },
);
countResults('e2e-browser');

process.stdout.write('\n=== summary\n');
for (const { name, ok } of checks) process.stdout.write(`${ok ? 'ok  ' : 'FAIL'}  ${name}\n`);
const checksFailed = checks.filter(({ ok }) => !ok).length;
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(checksFailed === 0 && failed === 0 ? 0 : 1);
