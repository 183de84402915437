import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';

import type { Logger } from '../logging/createLogger.js';
import {
  REVOCATION_CHANNEL,
  parseRevocationMessage,
  type RevocationMessage,
} from './revocationMessage.js';
import type { RevocationView } from './RevocationView.js';

export interface RevocationFeedOptions {
  /** Seconds of history the resync reads; the view's horizon. */
  horizonSeconds: number;
  /** Milliseconds between two resyncs from PostgreSQL. */
  resyncIntervalMs: number;
}

/**
 * Keeps a `RevocationView` current across replicas. A replica that revokes publishes on
 * `courtgraph:revocations:v1` after its commit; every replica (itself included) applies what
 * it receives. Pub/sub delivers at most once and not while disconnected, so a periodic resync
 * from PostgreSQL (and one after each reconnect) repairs whatever was missed.
 */
export class RevocationFeed {
  private timer: NodeJS.Timeout | undefined;
  private resyncing: Promise<void> | undefined;

  constructor(
    private readonly view: RevocationView,
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly fork: () => EntityManager,
    private readonly logger: Logger,
    private readonly options: RevocationFeedOptions,
  ) {}

  /** Subscribes, then loads the view from PostgreSQL before the service takes requests. */
  async start(): Promise<void> {
    this.subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== REVOCATION_CHANNEL) {
        return;
      }
      const message = parseRevocationMessage(raw);
      if (!message) {
        this.logger.warn({ channel }, 'malformed revocation message ignored');
        return;
      }
      this.view.apply(message);
    });
    await this.subscriber.connect();
    await this.subscriber.subscribe(REVOCATION_CHANNEL);
    // A reconnect may have lost messages: read them back from PostgreSQL.
    this.subscriber.on('ready', () => void this.resync());
    await this.resyncOrThrow();
    this.timer = setInterval(() => void this.resync(), this.options.resyncIntervalMs);
    this.timer.unref();
  }

  /**
   * Applies a committed revocation locally at once, then tells the other replicas. A failed
   * publish is logged, not thrown: the change is committed and their next resync finds it.
   */
  async publish(message: RevocationMessage): Promise<void> {
    this.view.apply(message);
    try {
      await this.publisher.publish(REVOCATION_CHANNEL, JSON.stringify(message));
    } catch (error) {
      this.logger.error({ err: error, type: message.type }, 'revocation publish failed');
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.resyncing;
    await this.subscriber.quit().catch(() => undefined);
  }

  /** A resync that logs its failure; the view keeps what it had. */
  async resync(): Promise<void> {
    try {
      await this.resyncOrThrow();
    } catch (error) {
      this.logger.error({ err: error }, 'revocation resync failed');
    }
  }

  private resyncOrThrow(): Promise<void> {
    this.resyncing ??= this.load().finally(() => {
      this.resyncing = undefined;
    });
    return this.resyncing;
  }

  private async load(): Promise<void> {
    const em = this.fork();
    const horizon = this.options.horizonSeconds;
    const sessions: Array<{ id: string; revoked_at: Date }> = await em.execute(
      `select id, revoked_at from sessions
        where revoked_at > now() - make_interval(secs => ?)`,
      [horizon],
    );
    // A user made inactive outside deactivateUser has no time: treat it as now, which
    // refuses every token issued so far.
    const users: Array<{ id: string; deactivated_at: Date }> = await em.execute(
      `select id, coalesce(deactivated_at, now()) as deactivated_at from users
        where not active
          and (deactivated_at is null or deactivated_at > now() - make_interval(secs => ?))`,
      [horizon],
    );
    for (const row of sessions) {
      this.view.addSession(row.id, new Date(row.revoked_at).getTime());
    }
    for (const row of users) {
      this.view.addUser(row.id, new Date(row.deactivated_at).getTime());
    }
    this.view.prune();
  }
}
