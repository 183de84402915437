import { Router } from 'express';

import { ErrorCode } from '../errors/errorCodes.js';
import { getRequestContext } from './requestContext.js';

export type DependencyCheck = () => Promise<void>;

/** Milliseconds a dependency gets to answer a readiness probe. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * `/health/live` says the process runs; `/health/ready` asks every dependency and names the
 * ones that fail (503), so an orchestrator stops sending traffic to this replica.
 */
export function healthRoutes(checks: Record<string, DependencyCheck>): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    const names = Object.keys(checks);
    const results = await Promise.allSettled(
      names.map((name) => withTimeout(checks[name]!(), CHECK_TIMEOUT_MS)),
    );
    const failing = names.filter((_name, i) => results[i]?.status === 'rejected');
    if (failing.length === 0) {
      res.status(200).json({ status: 'ok' });
      return;
    }
    getRequestContext(res)?.logger.warn({ failing }, 'not ready');
    res.status(503).json({
      status: 'unavailable',
      failing,
      error: {
        code: ErrorCode.ServiceUnavailable,
        message: `Not ready: ${failing.join(', ')} did not answer.`,
      },
    });
  });
  return router;
}

function withTimeout(check: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}
