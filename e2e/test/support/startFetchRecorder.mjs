// @ts-check
import { createServer, request as forward } from 'node:http';

/**
 * @typedef {object} FetchRecorder
 * @property {string} url   base URL that forwards to the target; `GET /__fetches` lists them
 * @property {() => Promise<void>} stop
 */

/**
 * A transparent pass-through between the gateway and the users subgraph that remembers the
 * GraphQL body of every fetch. It changes nothing on the way, so the tests still exercise the
 * real gateway and subgraph; it only lets them count how many fetches one operation caused.
 * @param {string} target
 * @returns {Promise<FetchRecorder>}
 */
export async function startFetchRecorder(target) {
  const targetUrl = new URL(target);
  /** @type {{ requestId: string | undefined, query: string }[]} */
  let fetches = [];

  const server = createServer((incoming, outgoing) => {
    if (incoming.url === '/__fetches') {
      if (incoming.method === 'DELETE') fetches = [];
      outgoing.setHeader('content-type', 'application/json');
      outgoing.end(JSON.stringify(fetches));
      return;
    }

    /** @type {Buffer[]} */
    const chunks = [];
    incoming.on('data', (chunk) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      if (incoming.url?.startsWith('/graphql') && body.length > 0) {
        const requestId = incoming.headers['x-request-id'];
        fetches.push({
          requestId: typeof requestId === 'string' ? requestId : undefined,
          query: String(JSON.parse(body.toString('utf8')).query ?? ''),
        });
      }

      const proxied = forward(
        {
          host: targetUrl.hostname,
          port: targetUrl.port,
          path: incoming.url,
          method: incoming.method,
          headers: incoming.headers,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      proxied.on('error', () => {
        outgoing.statusCode = 502;
        outgoing.end();
      });
      proxied.end(body);
    });
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
