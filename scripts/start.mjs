// @ts-check
/**
 * `npm start`: installs what is missing, builds, and runs the whole system on this machine
 * (users, courts, gateway, and the Caddy edge serving the web app and the API) against the
 * local PostgreSQL and Redis, then waits for Ctrl-C and stops everything cleanly.
 *
 * Settings (all optional): POSTGRES_URL (default postgres://postgres@127.0.0.1:5432),
 * REDIS_URL (default redis://127.0.0.1:6379/0), EDGE_PORT (8080), GATEWAY_PORT (4000),
 * USERS_PORT (4001), COURTS_PORT (4002), NODE_ENV (development), LOG_LEVEL (info),
 * PLAYGROUND (on, or off when NODE_ENV is production), GRAPHQL_INTROSPECTION (read by the
 * gateway: true, or false in production).
 */
import { ensureCaddy, ensureNpmPackages, run } from './lib/install.mjs';
import { requirePortFree } from './lib/health.mjs';
import { stopAllChildren } from './lib/processes.mjs';
import { REPO_ROOT, startStack } from './lib/stack.mjs';

/**
 * @param {string} name
 * @param {number} fallback
 */
function portSetting(name, fallback) {
  const raw = process.env[name];
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a TCP port from 1 to 65535, got "${raw}".`);
  }
  return port;
}

/** Ctrl-C while the stack is still starting: stop whatever already runs, then leave. */
let interrupted = false;
function stopWhileStarting(/** @type {NodeJS.Signals} */ signal) {
  interrupted = true;
  process.stdout.write(`\n${signal}: stopping the services started so far...\n`);
  void stopAllChildren().then(() => process.exit(130));
}

async function main() {
  process.once('SIGINT', stopWhileStarting);
  process.once('SIGTERM', stopWhileStarting);
  const nodeEnv = process.env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'test' && nodeEnv !== 'production') {
    throw new Error(`NODE_ENV must be development, test or production, got "${nodeEnv}".`);
  }
  const playground = (process.env.PLAYGROUND ?? (nodeEnv === 'production' ? 'off' : 'on')).trim();
  if (playground !== 'on' && playground !== 'off') {
    throw new Error(`PLAYGROUND must be on or off, got "${playground}".`);
  }
  const ports = {
    edge: portSetting('EDGE_PORT', 8080),
    gateway: portSetting('GATEWAY_PORT', 4000),
    users: portSetting('USERS_PORT', 4001),
    courts: portSetting('COURTS_PORT', 4002),
  };
  await requirePortFree(ports.edge, 'EDGE_PORT');
  await requirePortFree(ports.gateway, 'GATEWAY_PORT');
  await requirePortFree(ports.users, 'USERS_PORT');
  await requirePortFree(ports.courts, 'COURTS_PORT');

  ensureNpmPackages(REPO_ROOT);
  ensureCaddy();
  process.stdout.write('Building the services (tsc) and the web app (vite)...\n');
  run('npm', ['run', 'build', '--silent'], REPO_ROOT);
  process.stdout.write('Building the playground (vite)...\n');
  run('npm', ['run', 'build', '--silent', '--workspace', 'playground'], REPO_ROOT);

  const stack = await startStack({
    postgresUrl: process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432',
    usersDatabase: 'courtgraph_users',
    courtsDatabase: 'courtgraph_courts',
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    nodeEnv,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    playground: playground === 'on',
    edgePort: ports.edge,
    ports: { users: ports.users, courts: ports.courts, gateway: ports.gateway },
    echo: true,
  });

  process.stdout.write(
    [
      '',
      'courtgraph is running:',
      `  Web app               ${stack.edgeUrl}/`,
      `  GraphQL (public)      ${stack.edgeUrl}/graphql`,
      `  GraphQL (dashboard)   ${stack.edgeUrl}/dashboard/graphql   (a bearer token required)`,
      playground === 'on'
        ? `  Playground            ${stack.edgeUrl}/playground/`
        : '  Playground            off (PLAYGROUND=on, with GRAPHQL_INTROSPECTION=true, serves it)',
      '  behind the edge (loopback only; they believe an identity only from the edge/gateway):',
      `    gateway ${stack.gatewayUrl}, users ${stack.usersUrl}, courts ${stack.courtsUrl}`,
      nodeEnv === 'development'
        ? '  demo logins           demouser / demo123 (staff), admin / admin123, ' +
          'demomember / member123'
        : '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  process.off('SIGINT', stopWhileStarting);
  process.off('SIGTERM', stopWhileStarting);
  let stopping = false;
  const shutdown = (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping every service...\n`);
    stack.stop().then(() => {
      process.stdout.write('Stopped.\n');
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const failed = await stack.unexpectedExit;
  process.stderr.write(`\n${failed} stopped unexpectedly (see its output above).\n`);
  stopping = true;
  await stack.stop();
  process.exit(1);
}

main().catch((error) => {
  // Interrupted while starting: the failure is the interruption, already being handled.
  if (interrupted) return;
  // Ctrl-C during an install or the build reaches that child first: it is not a failure.
  if (/** @type {{ signal?: string }} */ (error).signal === 'SIGINT') {
    process.stdout.write('\nSIGINT: stopped before any service started.\n');
    process.exit(130);
  }
  process.stderr.write(`\nnpm start failed: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
