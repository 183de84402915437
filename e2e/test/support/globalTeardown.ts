import type { FetchRecorder } from './startFetchRecorder.js';

interface Running {
  stack: { stop(): Promise<void> };
  recorder?: FetchRecorder;
}

export default async function globalTeardown(): Promise<void> {
  const running = (globalThis as { __COURTGRAPH_E2E__?: Running }).__COURTGRAPH_E2E__;
  await running?.stack.stop();
  await running?.recorder?.stop();
}
