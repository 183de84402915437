import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express, { type RequestHandler } from 'express';

import { ErrorCode } from '../errors/errorCodes.js';
import { requestIdMiddleware } from './requestIdMiddleware.js';
import { sendError } from './sendError.js';
import type { RequestListener } from './verifyRoute.js';
import type { Logger } from '../logging/createLogger.js';

export interface VerifyServer {
  /** `http://host:port` with the port actually bound. */
  url: string;
  /** Stops accepting and closes idle and open connections (verify answers are immediate). */
  close(): Promise<void>;
}

/**
 * The separate listener of `VERIFY_PORT`: only what the edge calls, `GET /auth/verify` and
 * `GET /.well-known/jwks.json`, JSON 404 for anything else. /graphql is never served here, so
 * a NetworkPolicy that admits the edge to this port only keeps it away from /graphql.
 */
export async function startVerifyServer(
  verify: RequestListener,
  jwks: RequestHandler,
  host: string,
  port: number,
  logger: Logger,
): Promise<VerifyServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestIdMiddleware(logger));
  app.get('/.well-known/jwks.json', jwks);
  app.use((_req, res) => {
    sendError(
      res,
      404,
      ErrorCode.NotFound,
      'This port serves only GET /auth/verify and GET /.well-known/jwks.json.',
    );
  });
  const server = createServer((req, res) => {
    if (!verify(req, res)) {
      app(req, res);
    }
  });
  const url = await listen(server, host, port);
  logger.info({ url }, 'verify endpoint listening');
  return { url, close: () => close(server) };
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${hostPart}:${address.port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
