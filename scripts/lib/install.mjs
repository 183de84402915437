// @ts-check
/**
 * What `npm start` and CI install when a fresh machine lacks it: the npm workspaces' packages,
 * the Caddy edge proxy and (for `npm test`'s browser tests) Debian's Chromium. Everything else
 * (PostgreSQL, Redis, Node.js) is the machine's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs `npm ci` when node_modules is missing or older than the lock file.
 * @param {string} root
 */
export function ensureNpmPackages(root) {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;

  process.stdout.write('Installing npm packages (npm ci)...\n');
  run('npm', ['ci', '--no-audit', '--no-fund'], root);
}

/** Installs Caddy from Debian's packages when missing and we may; otherwise says how. */
export function ensureCaddy() {
  if (commandWorks('caddy', ['version'])) return;

  const canApt = process.getuid?.() === 0 && commandWorks('apt-get', ['--version']);
  if (!canApt) {
    throw new Error(
      'Caddy (2.6 or newer) is needed for the edge proxy and is not installed. Install it with ' +
        '`sudo apt-get install caddy` (Debian/Ubuntu) or from ' +
        'https://caddyserver.com/docs/install, ' +
        'then run this again.',
    );
  }
  process.stdout.write('Installing Caddy from Debian packages (apt-get install caddy)...\n');
  run('apt-get', ['update', '-qq'], '/');
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'caddy'], '/', {
    DEBIAN_FRONTEND: 'noninteractive',
  });
}

/** Where the browser tests find Chromium: Debian's package, never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installs Debian's Chromium for the browser tests when missing and we may; else says how. */
export function ensureChromium() {
  if (commandWorks(CHROMIUM_PATH, ['--version'])) return;

  const canApt = process.getuid?.() === 0 && commandWorks('apt-get', ['--version']);
  if (!canApt) {
    throw new Error(
      `Chromium is needed for the browser tests and is not at ${CHROMIUM_PATH}. Install it ` +
        'with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a ' +
        'Chromium or Chrome binary, then run this again.',
    );
  }
  process.stdout.write('Installing Chromium from Debian packages (apt-get install chromium)...\n');
  run('apt-get', ['update', '-qq'], '/');
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], '/', {
    DEBIAN_FRONTEND: 'noninteractive',
  });
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function commandWorks(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {NodeJS.ProcessEnv} [env]
 */
export function run(command, args, cwd, env = {}) {
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
}
