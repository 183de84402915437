// @ts-check
/**
 * Settings of the end-to-end run, shared by Jest's globalSetup (plain ES module: Node loads
 * it outside Jest's transformer) and by the TypeScript test files.
 */
import { fileURLToPath } from 'node:url';

/** Where globalSetup records the running stack for the test files. */
export const STACK_FILE = fileURLToPath(new URL('../../../.run/e2e-stack.json', import.meta.url));

export const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
/**
 * Appended to the database names, so that two checkouts on one machine can run end-to-end
 * tests at once (with E2E_REDIS_URL naming another Redis database too). Letters, digits, _.
 */
const SUFFIX = /^[a-z0-9_]*$/.test(process.env.E2E_DATABASE_SUFFIX ?? '')
  ? (process.env.E2E_DATABASE_SUFFIX ?? '')
  : '';

/** Databases of the end-to-end run alone: dropped and created anew at each run. */
export const USERS_DATABASE = `courtgraph_users_e2e${SUFFIX}`;
export const COURTS_DATABASE = `courtgraph_courts_e2e${SUFFIX}`;
/** Redis database index of the end-to-end run alone (development uses 0, unit tests 1 and 2). */
export const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/3';
