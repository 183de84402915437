// @ts-check
/**
 * Benchmark of users' `GET /auth/verify`, the ForwardAuth check the edge makes on every
 * request. Target: a verified token costs at most 3x a trivial route (`/health/live`) in
 * throughput, and anonymous or rejected requests no more than a verified one, because the
 * path is an in-memory signature check with no database or Redis read.
 *
 * Machines here are shared and noisy, so it reports ratios measured in one run, not absolute
 * targets. Run: `npm run build && node bench/auth-verify.mjs` (PostgreSQL and Redis running).
 * It uses its own database (courtgraph_users_bench) and Redis database 4, unless
 * BENCH_DATABASE_URL and BENCH_REDIS_URL name others. The absolute one-core target of issue 3
 * is bench/auth-verify-one-core.mjs.
 */
import { readFileSync } from 'node:fs';

import { stopProcess, waitForListening } from '../scripts/lib/processes.mjs';
import { registerBenchUser } from './lib/registerBenchUser.mjs';
import { startBenchUsers } from './lib/startBenchUsers.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {number} expectedStatus
 */
async function measure(url, headers, expectedStatus) {
  const latencies = new Float64Array(REQUESTS);
  let next = 0;
  const started = performance.now();

  const worker = async () => {
    while (next < REQUESTS) {
      const index = next++;
      const sent = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (response.status !== expectedStatus) {
        throw new Error(`${url} answered ${response.status}, expected ${expectedStatus}`);
      }
      latencies[index] = performance.now() - sent;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  const seconds = (performance.now() - started) / 1000;
  latencies.sort();
  const at = (/** @type {number} */ q) => latencies[Math.floor(q * (REQUESTS - 1))] ?? 0;
  return { rps: REQUESTS / seconds, p50: at(0.5), p99: at(0.99) };
}

/** @param {number} pid */
function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

async function main() {
  const users = startBenchUsers();
  try {
    const base = await waitForListening(users, 60_000);
    const token = await registerBenchUser(base);

    const pid = /** @type {number} */ (users.child.pid);
    const rssBefore = rssMiB(pid);
    // Warm up the JIT and the connection pool before measuring.
    await measure(`${base}/health/live`, {}, 200);
    await measure(`${base}/auth/verify`, { authorization: `Bearer ${token}` }, 200);

    const results = {
      'GET /health/live (baseline)': await measure(`${base}/health/live`, {}, 200),
      'GET /auth/verify, valid token': await measure(
        `${base}/auth/verify`,
        { authorization: `Bearer ${token}` },
        200,
      ),
      'GET /auth/verify?anonymous=allow, no token': await measure(
        `${base}/auth/verify?anonymous=allow`,
        {},
        200,
      ),
      'GET /auth/verify, tampered token': await measure(
        `${base}/auth/verify`,
        { authorization: `Bearer ${token.slice(0, -4)}AAAA` },
        401,
      ),
    };
    const rssAfter = rssMiB(pid);

    const baseline = results['GET /health/live (baseline)'].rps;
    process.stdout.write(
      `${REQUESTS} requests each, ${CONCURRENCY} concurrent, Node ${process.version}\n\n` +
        '| case | req/s | p50 ms | p99 ms | cost vs baseline |\n| --- | --- | --- | --- | --- |\n',
    );
    for (const [name, { rps, p50, p99 }] of Object.entries(results)) {
      const cost = (baseline / rps).toFixed(2);
      process.stdout.write(
        `| ${name} | ${rps.toFixed(0)} | ${p50.toFixed(2)} | ${p99.toFixed(2)} | ${cost}x |\n`,
      );
    }
    process.stdout.write(
      `\nusers RSS: ${rssBefore.toFixed(0)} MiB before, ${rssAfter.toFixed(0)} MiB after\n`,
    );

    const verifyCost = baseline / results['GET /auth/verify, valid token'].rps;
    if (verifyCost > 3) {
      process.stdout.write(
        `\nTARGET MISSED: verify costs ${verifyCost.toFixed(2)}x the baseline (target <= 3x)\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    await stopProcess(users);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
