import { pino, type Logger } from 'pino';

/** JSON lines on stdout, every line tagged with the service; children add the request id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'gateway' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
