import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';

import { healthRoutes } from '../../src/http/healthRoutes.js';
import { startTestService, type TestService } from '../support/testService.js';

let t: TestService;

beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.close();
});

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${t.service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('HTTP surface', () => {
  it('answers malformed JSON with 400 JSON and no stack trace', async () => {
    const response = await post('{"query": "{ me { id } }"');
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(text)).toEqual({
      error: { code: 'BAD_REQUEST', message: expect.any(String) },
    });
    expect(text).not.toMatch(/stack|at [A-Za-z.]+ \(|node_modules|<html/i);
  });

  it('keeps a well-formed X-Request-Id and replaces a malformed one', async () => {
    const kept = await post('{"query":"{ me { id } }"}', { 'x-request-id': 'edge:abc-123' });
    expect(kept.headers.get('x-request-id')).toBe('edge:abc-123');

    const replaced = await post('{"query":"{ me { id } }"}', { 'x-request-id': 'bad id!' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a form-encoded GraphQL request (CSRF prevention)', async () => {
    const response = await fetch(`${t.service.url}/graphql?query=%7Bme%7Bid%7D%7D`);
    expect(response.status).toBe(400);
  });

  it('hides unknown fields and validation details behind coded errors, never stacks', async () => {
    const response = await post('{"query":"{ nope }"}');
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('reports live and ready', async () => {
    const live = await fetch(`${t.service.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    const ready = await fetch(`${t.service.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
  });

  it('names the failing dependency with 503', async () => {
    const app = express().use(
      healthRoutes({
        postgresql: async () => undefined,
        redis: () => Promise.reject(new Error('connection refused')),
      }),
    );
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { failing: string[] };
      expect(body.failing).toEqual(['redis']);
      expect(JSON.stringify(body)).not.toContain('connection refused');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
