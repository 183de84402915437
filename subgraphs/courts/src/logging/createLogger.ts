import { pino, type DestinationStream, type Logger } from 'pino';

import type { LogLevel } from '../config/loadConfig.js';

export const SERVICE_NAME = 'courts';

/** JSON lines on stdout (or `destination`, which tests use to read the logs back). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, base: { service: SERVICE_NAME } };
  return destination ? pino(options, destination) : pino(options);
}
