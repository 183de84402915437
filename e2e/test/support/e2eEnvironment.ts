import { readFileSync } from 'node:fs';

import { STACK_FILE } from './e2eSettings.mjs';

export { COURTS_DATABASE, POSTGRES_URL, REDIS_URL, USERS_DATABASE } from './e2eSettings.mjs';

export interface StackRecord {
  edgeUrl: string;
  gatewayUrl: string;
  usersUrl: string;
  courtsUrl: string;
  /** The pass-through in front of users that records each subgraph fetch. */
  usersFetchLogUrl: string;
}

export function readStack(): StackRecord {
  return JSON.parse(readFileSync(STACK_FILE, 'utf8')) as StackRecord;
}
