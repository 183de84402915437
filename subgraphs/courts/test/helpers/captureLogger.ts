import type { Logger } from 'pino';

import { createLogger } from '../../src/logging/createLogger.js';

export interface CapturedLogger {
  logger: Logger;
  /** Every JSON line written so far, parsed. */
  lines(): Record<string, unknown>[];
}

/** A real pino logger whose JSON lines stay in memory, so tests can assert on them quietly. */
export function captureLogger(): CapturedLogger {
  const raw: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void raw.push(line) });
  return {
    logger,
    lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
