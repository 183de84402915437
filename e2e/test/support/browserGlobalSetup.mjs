// @ts-check
import { startE2eStack } from './globalSetup.mjs';

/**
 * Access tokens live this many seconds in the browser suite's stack, so a test can watch the
 * web app refresh a session. Other suites hold tokens for many seconds: they get a stack with
 * the default lifetime (globalSetup.mjs), never this one.
 */
export const BROWSER_ACCESS_TOKEN_TTL_SECONDS = 4;

/** The browser suite's own stack: same databases as the other suites, which ran before it. */
export default function browserGlobalSetup() {
  return startE2eStack({
    accessTokenTtlSeconds: BROWSER_ACCESS_TOKEN_TTL_SECONDS,
    // No tolerance past expiry: an expired token must really be refused at the edge.
    extraEnv: { JWT_CLOCK_SKEW_SECONDS: '0' },
  });
}
