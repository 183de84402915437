import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

import { serializeError } from './serializeError.js';

export type { Logger };

/**
 * JSON lines on stdout (or `destination`, which tests use to read the logs back); every line
 * carries `service`, request lines also `requestId`.
 */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'users' },
    // The log line shape every courtgraph service shares: ISO time, level by name.
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    // Never let a credential reach the logs, whatever a caller logs by mistake.
    redact: ['req.headers.authorization', 'password', 'passwordHash', '*.password'],
    // Every logged error goes through here: driver errors lose their SQL and parameters.
    serializers: { err: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}
