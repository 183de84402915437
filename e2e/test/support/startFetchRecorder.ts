import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FetchRecorder {
  /** Base URL that forwards to the target; `GET /__fetches` lists what went through. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A transparent pass-through between the gateway and the users subgraph that remembers the
 * GraphQL body of every fetch. It changes nothing on the way, so the tests still exercise the
 * real gateway and subgraph; it only lets them count how many fetches one operation caused.
 */
export async function startFetchRecorder(target: string): Promise<FetchRecorder> {
  const targetUrl = new URL(target);
  let fetches: { requestId: string | undefined; query: string }[] = [];

  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.url === '/__fetches') {
      if (incoming.method === 'DELETE') fetches = [];
      outgoing.setHeader('content-type', 'application/json');
      outgoing.end(JSON.stringify(fetches));
      return;
    }

    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      if (incoming.url?.startsWith('/graphql') && body.length > 0) {
        const parsed = JSON.parse(body.toString('utf8')) as { query?: string };
        const requestId = incoming.headers['x-request-id'];
        fetches.push({
          requestId: typeof requestId === 'string' ? requestId : undefined,
          query: parsed.query ?? '',
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

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
