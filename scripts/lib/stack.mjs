// @ts-check
/**
 * Starts the whole courtgraph stack on this machine: users and courts (each creating and
 * migrating its own database), then the gateway, then the Caddy edge; each waits until it is
 * healthy. Used by `npm start` and by the end-to-end tests, with different ports and
 * databases, so the tests run exactly what a developer runs.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import { findFreePort, requireTcp, waitForHttpOk } from './health.mjs';
import { failure, startProcess, stopProcess, waitForListening } from './processes.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const START_TIMEOUT_MS = 60_000;

/**
 * @typedef {object} StackOptions
 * @property {string} postgresUrl     server URL without a database,
 *   e.g. postgres://postgres@127.0.0.1:5432
 * @property {string} usersDatabase
 * @property {string} courtsDatabase
 * @property {string} redisUrl        including the database index, e.g. redis://127.0.0.1:6379/0
 * @property {'development' | 'test' | 'production'} nodeEnv
 * @property {number} edgePort        0 picks a free port
 * @property {{ users: number, courts: number, gateway: number }} ports   0 picks a free port
 * @property {string} logLevel
 * @property {boolean} playground     serve the built playground at the edge's /playground/
 * @property {boolean} echo           copy every service's output to stdout, prefixed
 * @property {(usersUrl: string) => Promise<string>} [routeUsersThrough]
 *   lets a caller put a pass-through in front of users (tests count subgraph fetches)
 * @property {NodeJS.ProcessEnv} [extraEnv]
 * @property {number} [accessTokenTtlSeconds]  lifetime of access tokens this stack's users
 *   service issues (its default, 900, when omitted); the browser tests shorten it to watch a
 *   session refresh, in a stack of their own so that other suites keep long-lived tokens
 */

/**
 * @typedef {object} RunningStack
 * @property {string} edgeUrl
 * @property {string} gatewayUrl
 * @property {string} usersUrl
 * @property {string} courtsUrl
 * @property {() => Promise<void>} stop
 * @property {Promise<string>} unexpectedExit  resolves with the name of the first service
 *   that exits on its own after the stack started
 */

/**
 * @param {StackOptions} options
 * @returns {Promise<RunningStack>}
 */
export async function startStack(options) {
  await requireTcp(
    'PostgreSQL',
    options.postgresUrl,
    'Start it (e.g. `pg_ctlcluster 15 main start`) or set POSTGRES_URL.',
  );
  await requireTcp(
    'Redis',
    options.redisUrl,
    'Start it (e.g. `redis-server --daemonize yes`) or set REDIS_URL.',
  );

  /** @type {import('./processes.mjs').ManagedProcess[]} */
  const started = [];
  const stop = async () => {
    for (const managed of started.reverse()) await stopProcess(managed);
  };

  // Fresh secrets per run: only this run's edge can hand the gateway an identity, and only
  // this run's gateway can hand one to a subgraph (docs/contracts/identity-header.md).
  const edgeSecret = randomBytes(32).toString('base64url');
  const gatewaySecret = randomBytes(32).toString('base64url');

  try {
    const baseEnv = {
      ...process.env,
      ...options.extraEnv,
      NODE_ENV: options.nodeEnv,
      LOG_LEVEL: options.logLevel,
      HOST: '127.0.0.1',
      APOLLO_TELEMETRY_DISABLED: '1',
    };
    /**
     * @param {string} name
     * @param {string} dir
     * @param {NodeJS.ProcessEnv} env
     */
    const startService = async (name, dir, env) => {
      const managed = startProcess(name, process.execPath, ['dist/main.js'], {
        cwd: `${REPO_ROOT}/${dir}`,
        env: { ...baseEnv, ...env },
        echo: options.echo,
      });
      started.push(managed);
      const url = await waitForListening(managed, START_TIMEOUT_MS);
      await waitForHttpOk(
        `${url}/health/ready`,
        START_TIMEOUT_MS,
        managed.exited.then(() => {
          throw failure(managed, 'exited while starting');
        }),
      );
      return url;
    };

    const [usersUrl, courtsUrl] = await Promise.all([
      startService('users', 'subgraphs/users', {
        PORT: String(options.ports.users),
        GATEWAY_SECRET: gatewaySecret,
        DATABASE_URL: `${options.postgresUrl}/${options.usersDatabase}`,
        REDIS_URL: options.redisUrl,
        ...(options.accessTokenTtlSeconds === undefined
          ? {}
          : { ACCESS_TOKEN_TTL_SECONDS: String(options.accessTokenTtlSeconds) }),
      }),
      startService('courts', 'subgraphs/courts', {
        PORT: String(options.ports.courts),
        GATEWAY_SECRET: gatewaySecret,
        DATABASE_URL: `${options.postgresUrl}/${options.courtsDatabase}`,
        REDIS_URL: options.redisUrl,
      }),
    ]);

    const usersRoute = options.routeUsersThrough
      ? await options.routeUsersThrough(usersUrl)
      : usersUrl;
    const gatewayUrl = await startService('gateway', 'gateway', {
      EDGE_SECRET: edgeSecret,
      GATEWAY_SECRET: gatewaySecret,
      PORT: String(options.ports.gateway),
      SUBGRAPH_USERS_URL: `${usersRoute}/graphql`,
      SUBGRAPH_COURTS_URL: `${courtsUrl}/graphql`,
    });

    const edgePort = options.edgePort || (await findFreePort());
    const edge = startProcess(
      'edge',
      'caddy',
      ['run', '--config', 'edge/Caddyfile', '--adapter', 'caddyfile'],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          EDGE_PORT: String(edgePort),
          EDGE_SECRET: edgeSecret,
          EDGE_BIND: process.env.EDGE_BIND ?? '127.0.0.1',
          GATEWAY_UPSTREAM: new URL(gatewayUrl).host,
          USERS_UPSTREAM: new URL(usersUrl).host,
          PLAYGROUND: options.playground ? 'on' : 'off',
          PLAYGROUND_ROOT: `${REPO_ROOT}/playground/dist`,
          // The web app, built by `npm run build` (web/dist), served at `/`.
          WEB_ROOT: `${REPO_ROOT}/web/dist`,
          // Caddy keeps certificates and state under XDG dirs; none are needed over plain HTTP.
          XDG_DATA_HOME: `${REPO_ROOT}/.run/caddy`,
          XDG_CONFIG_HOME: `${REPO_ROOT}/.run/caddy`,
        },
        echo: options.echo,
      },
    );
    started.push(edge);
    const edgeUrl = `http://127.0.0.1:${edgePort}`;
    await waitForHttpOk(
      `${edgeUrl}/health`,
      START_TIMEOUT_MS,
      edge.exited.then(() => {
        throw failure(edge, 'exited while starting (is the port free?)');
      }),
    );

    let stopping = false;
    const unexpectedExit = Promise.race(
      started.map((managed) => managed.exited.then(() => managed.name)),
    ).then(async (name) => {
      // An exit that stop() caused is expected: then this promise never settles.
      if (stopping) await new Promise(() => {});
      return name;
    });
    return {
      edgeUrl,
      gatewayUrl,
      usersUrl,
      courtsUrl,
      unexpectedExit,
      stop: async () => {
        stopping = true;
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
