import { Router } from 'express';
import type { Redis } from 'ioredis';

import type { Orm } from '../db/createOrm.js';
import { requestLocals } from './requestContext.js';

type Check = () => Promise<void>;

/** Liveness (the process answers) and readiness (every dependency answers). */
export function healthRoutes(orm: Orm, redis: Redis): Router {
  const checks: Record<string, Check> = {
    postgres: async () => {
      const result = await orm.checkConnection();
      if (!result.ok) throw new Error(result.reason);
    },
    redis: async () => {
      await redis.ping();
    },
  };

  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/health/ready', async (_req, res) => {
    const entries = Object.entries(checks);
    const results = await Promise.allSettled(entries.map(([, check]) => check()));
    const failing = entries.filter((_, i) => results[i]?.status === 'rejected').map(([n]) => n);

    if (failing.length === 0) {
      res.json({ status: 'ok' });
      return;
    }
    requestLocals(res).logger.warn({ failing }, 'not ready');
    res.status(503).json({ status: 'unavailable', failing });
  });
  return router;
}
