// @ts-check
/**
 * Load client for bench/auth-verify-one-core.mjs, run as its own process so it can be pinned
 * to a core of its own (`taskset -c 1`). Sends a bounded number of GET requests over
 * CONNECTIONS keep-alive connections (one request in flight per connection) and prints one
 * JSON line: { requests, seconds, rps, p50, p99, max, errors }.
 *
 * With a rate (requests/s), request k is due at start + k / rate and its latency is counted
 * from then, not from when a connection came free: a server that falls behind shows it in
 * p99 (no coordinated omission). Without one, each connection sends as fast as it is answered
 * (the throughput ceiling; latency then includes queueing behind the other connections).
 *
 * Usage: node keepAliveLoad.mjs <url> <requests> <connections> <status> [headersJSON] [rate]
 * node:http rather than fetch: undici's per-request cost on one core would cap the figures.
 */
import { Agent, request } from 'node:http';

const [url, requestsArg, connectionsArg, statusArg, headersArg] = process.argv.slice(2);
if (!url || !requestsArg || !connectionsArg || !statusArg) {
  process.stderr.write('usage: keepAliveLoad.mjs <url> <requests> <connections> <status>\n');
  process.exit(2);
}
const REQUESTS = Number(requestsArg);
const CONNECTIONS = Number(connectionsArg);
const EXPECTED = Number(statusArg);
/** @type {Record<string, string>} */
const headers = headersArg ? JSON.parse(headersArg) : {};
const RATE = Number(process.argv[7] ?? 0);
// FIFO: every connection takes its turn. The default (LIFO) lets some sit idle past the
// server's 5 s keep-alive timeout, and a request sent as the server closes one is reset.
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS, scheduling: 'fifo' });
const target = new URL(url);

/** @returns {Promise<number>} the status */
function once() {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        headers,
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end();
  });
}

const latencies = new Float64Array(REQUESTS);
let next = 0;
let errors = 0;
const started = performance.now();
const worker = async () => {
  while (next < REQUESTS) {
    const index = next++;
    let sent = performance.now();
    if (RATE > 0) {
      const due = started + (index * 1000) / RATE;
      if (due > sent) {
        await new Promise((resolve) => setTimeout(resolve, due - sent));
        // From the actual send: timers fire up to a millisecond early or late.
        sent = performance.now();
      } else {
        // Late because every connection was busy: the wait counts (no coordinated omission).
        sent = due;
      }
    }
    const status = await once();
    latencies[index] = performance.now() - sent;
    if (status !== EXPECTED) errors++;
  }
};
await Promise.all(Array.from({ length: CONNECTIONS }, worker));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
latencies.sort();
const at = (/** @type {number} */ q) => latencies[Math.floor(q * (REQUESTS - 1))] ?? 0;
process.stdout.write(
  `${JSON.stringify({
    requests: REQUESTS,
    seconds,
    rps: REQUESTS / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[REQUESTS - 1] ?? 0,
    errors,
  })}\n`,
);
