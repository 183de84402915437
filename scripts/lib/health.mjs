// @ts-check
import { connect } from 'node:net';

/**
 * Polls an HTTP URL until it answers 2xx.
 * @param {string} url
 * @param {number} timeoutMs
 * @param {Promise<unknown>} [abandon]  stops waiting (with its rejection) when it settles
 * @returns {Promise<void>}
 */
export async function waitForHttpOk(url, timeoutMs, abandon) {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer';
  let abandoned = false;
  abandon?.then(
    () => (abandoned = true),
    () => (abandoned = true),
  );

  while (Date.now() < deadline && !abandoned) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastProblem = `HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (abandoned) await abandon;
  throw new Error(`${url} was not healthy within ${timeoutMs} ms (${lastProblem}).`);
}

/**
 * Resolves when a TCP port accepts connections, rejects with a message naming the fix.
 * @param {string} what    e.g. "PostgreSQL"
 * @param {string} url     a URL whose host and port are checked
 * @param {string} howToStart
 */
export function requireTcp(what, url, howToStart) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.end();
      resolve(undefined);
    });
    const fail = () => {
      socket.destroy();
      reject(new Error(`${what} is not reachable at ${hostname}:${port}. ${howToStart}`));
    };
    socket.once('timeout', fail);
    socket.once('error', fail);
  });
}

/**
 * A free TCP port on loopback, for processes that cannot report the port they picked.
 * @returns {Promise<number>}
 */
export async function findFreePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Rejects, naming the setting to change, when something already listens on a port: checked
 * before anything is built or started, so a second `npm start` cannot touch a running one.
 * @param {number} port
 * @param {string} setting   e.g. "EDGE_PORT"
 */
export function requirePortFree(port, setting) {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      reject(
        new Error(
          `Port ${port} is already in use (is courtgraph already running?). Stop what ` +
            `listens there (\`ss -ltnp\`) or set ${setting} to another port.`,
        ),
      );
    });
    const free = () => {
      socket.destroy();
      resolve(undefined);
    };
    socket.once('timeout', free);
    socket.once('error', free);
  });
}
