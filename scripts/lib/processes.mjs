// @ts-check
/**
 * Child processes of the local stack: started with a prefix on every output line, stopped
 * with SIGTERM (then SIGKILL after a grace period), and watched so that one dying early is
 * reported with its last lines instead of leaving the caller waiting.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Milliseconds a child gets to exit after SIGTERM before it is killed. */
const STOP_GRACE_MS = 12_000;

/** @type {Set<import('node:child_process').ChildProcess>} */
const liveChildren = new Set();

// Detached children would outlive a launcher that dies without stopping them (an uncaught
// error, process.exit): the last thing the launcher does is signal whatever is still running.
process.once('exit', () => {
  for (const child of liveChildren) child.kill('SIGTERM');
});

/**
 * @typedef {object} ManagedProcess
 * @property {string} name
 * @property {import('node:child_process').ChildProcess} child
 * @property {string[]} recentLines   the last output lines, for error messages
 * @property {Promise<number | null>} exited   resolves with the exit code
 * @property {(listener: (line: string) => void) => void} onLine
 */

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, echo: boolean }} options
 * @returns {ManagedProcess}
 */
export function startProcess(name, command, args, options) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own: Ctrl-C in a terminal reaches only the launcher, which then
    // stops the services in order (edge first, subgraphs last) instead of all at once.
    detached: true,
  });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));

  /** @type {string[]} */
  const recentLines = [];
  /** @type {((line: string) => void)[]} */
  const listeners = [];
  const label = name.padEnd(7);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      recentLines.push(line);
      if (recentLines.length > 40) recentLines.shift();
      for (const listener of listeners) listener(line);
      if (options.echo) process.stdout.write(`${label}| ${line}\n`);
    });
  }

  const exited = new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      recentLines.push(String(error));
      resolve(127);
    });
  });
  return { name, child, recentLines, exited, onLine: (listener) => listeners.push(listener) };
}

/**
 * @param {ManagedProcess} managed
 * @returns {Promise<void>}
 */
export async function stopProcess(managed) {
  if (managed.child.exitCode !== null || managed.child.signalCode !== null) return;

  managed.child.kill('SIGTERM');
  const timer = setTimeout(() => managed.child.kill('SIGKILL'), STOP_GRACE_MS);
  await managed.exited;
  clearTimeout(timer);
}

/**
 * Resolves with the URL a service logs once it listens (the service runtime contract's
 * `{"msg":"listening","url":...}` line); rejects if the process exits first or times out.
 * @param {ManagedProcess} managed
 * @param {number} timeoutMs
 * @returns {Promise<string>}
 */
export function waitForListening(managed, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(failure(managed, `did not start listening within ${timeoutMs} ms`)),
      timeoutMs,
    );
    managed.onLine((line) => {
      const url = listeningUrl(line);
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    managed.exited.then((code) => {
      clearTimeout(timer);
      reject(failure(managed, `exited with code ${code} before listening`));
    });
  });
}

/**
 * @param {string} line
 * @returns {string | undefined}
 */
function listeningUrl(line) {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line);
    return entry.msg === 'listening' && typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {ManagedProcess} managed
 * @param {string} problem
 */
export function failure(managed, problem) {
  const tail = managed.recentLines
    .slice(-15)
    .map((line) => `    ${line}`)
    .join('\n');
  const hint = managed.recentLines.some((line) => line.includes('EADDRINUSE'))
    ? '\nIts port is taken: stop what listens there (`ss -ltnp`) or choose another port ' +
      '(USERS_PORT, COURTS_PORT, GATEWAY_PORT, EDGE_PORT).'
    : '';
  return new Error(`${managed.name} ${problem}.${hint} Its last output:\n${tail}`);
}

/**
 * Stops every child still running, in reverse start order: for a launcher interrupted while
 * the stack was still starting, before it had a stack to stop.
 * @returns {Promise<void>}
 */
export async function stopAllChildren() {
  const children = [...liveChildren].reverse();
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref();
        }),
    ),
  );
}
