// @ts-check
/**
 * Starts the built users service for a benchmark, on a free port, with the bench database and
 * Redis database (BENCH_DATABASE_URL and BENCH_REDIS_URL name others). `launcher` runs it under
 * another command (e.g. `['taskset', '-c', '0']` to pin it to one core).
 */
import { fileURLToPath } from 'node:url';

import { startProcess } from '../../scripts/lib/processes.mjs';

const USERS_DIR = fileURLToPath(new URL('../../subgraphs/users', import.meta.url));

/** @param {string[]} launcher */
export function startBenchUsers(launcher = []) {
  const [command = process.execPath, ...prefix] = launcher;
  const args =
    launcher.length > 0 ? [...prefix, process.execPath, 'dist/main.js'] : ['dist/main.js'];
  return startProcess('users', command, args, {
    cwd: USERS_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL:
        process.env.BENCH_DATABASE_URL ??
        'postgres://postgres@127.0.0.1:5432/courtgraph_users_bench',
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/4',
    },
    echo: false,
  });
}
