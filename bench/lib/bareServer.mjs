// @ts-check
/**
 * The floor for bench/auth-verify-one-core.mjs: a node:http server that answers every request
 * with a fixed JSON body and does nothing else. Whatever p99 it shows at 5,000 req/s on the
 * same core, in the same minutes, is what the machine (scheduler, hypervisor, other
 * processes) costs; no route can do better. Prints the service contract's "listening" line.
 */
import { createServer } from 'node:http';

const BODY = JSON.stringify({ userId: '00000000-0000-4000-8000-000000000000' });

const server = createServer((_req, res) => {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(BODY));
  res.end(BODY);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(
    `${JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${port}` })}\n`,
  );
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.once('SIGINT', () => server.close(() => process.exit(0)));
