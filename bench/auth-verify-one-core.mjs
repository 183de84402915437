// @ts-check
/**
 * Absolute target of issue 3 for users' `GET /auth/verify`: with 50 concurrent keep-alive
 * connections sending valid tokens, at least 5,000 requests/s with p99 under 5 ms, the users
 * process pinned to ONE core (`taskset -c 0`) and the load client on another (`taskset -c 1`),
 * so client and server do not fight over a core. Exits 1 when the target is missed.
 *
 * Two measurements, because with 50 requests always in flight the mean latency is 50 / rate
 * (Little's law): a closed loop at full speed can only show p99 < 5 ms above 10,000 req/s.
 * So the throughput comes from a closed loop (each connection sends as soon as it is
 * answered), and the p99 from an open loop offering exactly 5,000 req/s over the same 50
 * connections, latency counted from when each request was due. That p99 is taken in five
 * rounds alternating with a bare node:http server on the same core: the machine's own floor.
 * When even the bare server misses 5 ms, the target cannot be judged here, and the run says
 * so instead of blaming the route; it exits 1 only for a real miss.
 *
 * Run: `npm run build -w subgraphs/users && node bench/auth-verify-one-core.mjs` (PostgreSQL,
 * Redis, util-linux's taskset and at least 2 cores). Database and Redis default to the bench
 * ones (courtgraph_users_bench, db 4); BENCH_DATABASE_URL and BENCH_REDIS_URL override them.
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { startProcess, stopProcess, waitForListening } from '../scripts/lib/processes.mjs';
import { registerBenchUser } from './lib/registerBenchUser.mjs';
import { startBenchUsers } from './lib/startBenchUsers.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET_RPS = 5_000;
const TARGET_P99_MS = 5;
const CLIENT = fileURLToPath(new URL('./lib/keepAliveLoad.mjs', import.meta.url));
const BARE_SERVER = fileURLToPath(new URL('./lib/bareServer.mjs', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const run = promisify(execFile);

/**
 * @typedef {{ requests: number, seconds: number, rps: number, p50: number, p99: number,
 *   max: number, errors: number }} LoadResult
 */

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {number} expectedStatus
 * @param {number} requests
 * @param {number} rate   requests/s offered; 0 for as fast as answered
 * @returns {Promise<LoadResult>}
 */
async function load(url, headers, expectedStatus, requests = REQUESTS, rate = 0) {
  const args = ['-c', '1', process.execPath, CLIENT, url, String(requests), String(CONNECTIONS)];
  args.push(String(expectedStatus), JSON.stringify(headers), String(rate));
  const { stdout } = await run('taskset', args);
  const result = /** @type {LoadResult} */ (JSON.parse(stdout));
  if (result.errors > 0) {
    throw new Error(`${url}: ${result.errors} answers were not ${expectedStatus}`);
  }
  return result;
}

/** The middle value of the rounds: neither the lucky one nor the unlucky one. */
function median(/** @type {number[]} */ values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The open-loop p99 of the route and of a bare node:http server (bench/lib/bareServer.mjs)
 * on the same core, alternating, so that both meet the same machine: on a shared VM even the
 * bare server can miss 5 ms (bench/README.md), and only the difference belongs to the route.
 */
async function p99Rounds(
  /** @type {string} */ verifyUrl,
  /** @type {Record<string, string>} */ valid,
) {
  const bare = startProcess('bare', 'taskset', ['-c', '0', process.execPath, BARE_SERVER], {
    cwd: process.cwd(),
    env: process.env,
    echo: false,
  });
  try {
    const bareUrl = await waitForListening(bare, 10_000);
    await load(bareUrl, {}, 200, 10_000);
    /** @type {{ bare: LoadResult[], verify: LoadResult[] }} */
    const rounds = { bare: [], verify: [] };
    for (let round = 0; round < ROUNDS; round++) {
      rounds.bare.push(await load(bareUrl, {}, 200, REQUESTS, TARGET_RPS));
      rounds.verify.push(await load(verifyUrl, valid, 200, REQUESTS, TARGET_RPS));
    }
    return rounds;
  } finally {
    await stopProcess(bare);
  }
}

async function main() {
  if (availableParallelism() < 2) {
    throw new Error('needs 2 cores: one for users, one for the load client');
  }
  const users = startBenchUsers(['taskset', '-c', '0']);
  try {
    const base = await waitForListening(users, 60_000);
    const token = await registerBenchUser(base);
    const valid = { authorization: `Bearer ${token}` };

    await load(`${base}/health/live`, {}, 200, 10_000);
    await load(`${base}/auth/verify`, valid, 200, 10_000);

    const closed = {
      'GET /health/live (reference)': await load(`${base}/health/live`, {}, 200),
      'GET /auth/verify, valid token': await load(`${base}/auth/verify`, valid, 200),
      'GET /auth/verify, tampered token': await load(
        `${base}/auth/verify`,
        { authorization: `Bearer ${token.slice(0, -4)}AAAA` },
        401,
        Math.min(REQUESTS, 20_000),
      ),
    };
    const rounds = await p99Rounds(`${base}/auth/verify`, valid);

    process.stdout.write(
      `users on core 0, client on core 1, ${CONNECTIONS} keep-alive connections, ` +
        `Node ${process.version}\n\nClosed loop (as fast as answered):\n\n` +
        '| case | requests | req/s | p50 ms | p99 ms | max ms |\n' +
        '| --- | --- | --- | --- | --- | --- |\n',
    );
    for (const [name, r] of Object.entries(closed)) {
      process.stdout.write(
        `| ${name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ` +
          `${r.p99.toFixed(2)} | ${r.max.toFixed(2)} |\n`,
      );
    }
    process.stdout.write(
      `\nOpen loop, ${TARGET_RPS} req/s offered, ${ROUNDS} alternating rounds (p99 ms):\n\n` +
        '| round | bare node:http server | GET /auth/verify, valid token |\n| --- | --- | --- |\n',
    );
    for (let round = 0; round < ROUNDS; round++) {
      const bare = rounds.bare[round]?.p99 ?? 0;
      const verify = rounds.verify[round]?.p99 ?? 0;
      process.stdout.write(`| ${round + 1} | ${bare.toFixed(2)} | ${verify.toFixed(2)} |\n`);
    }

    const ceiling = closed['GET /auth/verify, valid token'].rps;
    const p99 = median(rounds.verify.map((r) => r.p99));
    const floor = median(rounds.bare.map((r) => r.p99));
    const throughputMet = ceiling >= TARGET_RPS;
    const verdict = !throughputMet
      ? 'MISSED (throughput)'
      : p99 < TARGET_P99_MS
        ? 'MET'
        : floor >= TARGET_P99_MS
          ? 'NOT MEASURABLE HERE (the bare server misses the p99 target too)'
          : 'MISSED (p99)';
    process.stdout.write(
      `\nTarget (>= ${TARGET_RPS} req/s, p99 < ${TARGET_P99_MS} ms at ${TARGET_RPS} req/s, ` +
        `one core): ${verdict}. Ceiling ${ceiling.toFixed(0)} req/s; median p99 ` +
        `${p99.toFixed(2)} ms against ${floor.toFixed(2)} ms for the bare server ` +
        `(the route adds ${(p99 - floor).toFixed(2)} ms).\n`,
    );
    if (verdict.startsWith('MISSED')) process.exitCode = 1;
  } finally {
    await stopProcess(users);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
