import type { LogContext, LoggerNamespace, Logger as MikroOrmLogger } from '@mikro-orm/core';

import type { Logger } from '../logging/createLogger.js';

/**
 * Routes MikroORM's own messages (migrator progress, warnings) into pino JSON lines; its
 * default logger writes coloured text to the console. Queries are logged at `trace` only,
 * and never with their parameters, which may hold password hashes.
 */
export class OrmLogger implements MikroOrmLogger {
  private readonly logger: Logger;

  constructor(logger: Logger) {
    this.logger = logger.child({ component: 'mikro-orm' });
  }

  log(namespace: string, message: string): void {
    // Migrator progress is worth keeping; discovery and connection chatter is not.
    const level = namespace === 'migrator' ? 'info' : 'debug';
    this.logger[level]({ namespace }, plain(message));
  }

  error(namespace: string, message: string): void {
    this.logger.error({ namespace }, plain(message));
  }

  warn(namespace: string, message: string): void {
    this.logger.warn({ namespace }, plain(message));
  }

  logQuery(context: LogContext): void {
    this.logger.trace({ namespace: 'query', took: context.took }, context.query ?? '');
  }

  setDebugMode(_debugMode: boolean | LoggerNamespace[]): void {
    // Levels come from LOG_LEVEL, not from MikroORM's debug switch.
  }

  isEnabled(namespace: LoggerNamespace): boolean {
    switch (namespace) {
      case 'query':
        return this.logger.isLevelEnabled('trace');
      case 'query-params':
        // Parameters inlined into logged SQL would leak password hashes and emails.
        return false;
      case 'discovery':
      case 'info':
      case 'schema':
        return this.logger.isLevelEnabled('debug');
      case 'deprecated':
        return true;
      default:
        throw new Error(`unreachable namespace: ${String(namespace satisfies never)}`);
    }
  }
}

/** MikroORM colours its messages with ANSI escapes, which have no place in JSON logs. */
function plain(message: string): string {
  return message.replace(/\u001b\[[0-9;]*m/g, '');
}
