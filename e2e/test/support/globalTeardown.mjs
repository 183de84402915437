// @ts-check
/** Stops what globalSetup started, in reverse order. */
export default async function globalTeardown() {
  const running = /** @type {any} */ (globalThis).__COURTGRAPH_E2E__;
  await running?.stack.stop();
  await running?.recorder?.stop();
}
