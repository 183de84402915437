import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/** JSON lines on stdout; every line carries `service`, request lines also `requestId`. */
export function createLogger(level: LevelWithSilent): Logger {
  return pino({
    level,
    base: { service: 'users' },
    // Never let a credential reach the logs, whatever a caller logs by mistake.
    redact: ['req.headers.authorization', 'password', 'passwordHash', '*.password'],
  });
}
