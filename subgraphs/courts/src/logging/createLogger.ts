import { pino, type DestinationStream, type LogFn, type Logger } from 'pino';

import type { LogLevel } from '../config/loadConfig.js';
import { serializeError } from './serializeError.js';

export const SERVICE_NAME = 'courts';

/** JSON lines on stdout (or `destination`, which tests use to read the logs back). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  // The log line shape every courtgraph service shares: ISO time, level by name.
  const options = {
    level,
    base: { service: SERVICE_NAME },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    // Every `err` field, in every child logger: keeps SQL text and parameters out of the logs.
    serializers: { err: serializeError },
    hooks: {
      // `logger.error(error)` would make error.message the line's msg, past the serializer.
      logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn) {
        const [first, second] = args;
        if (first instanceof Error && typeof second !== 'string') {
          method.call(this, { err: first }, serializeError(first).message);
          return;
        }
        method.apply(this, args);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
