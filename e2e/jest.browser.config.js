import base from './jest.config.js';

/**
 * The browser suite: the web app in headless Chromium (Debian's package, driven by
 * playwright-core) against a stack of its own with short-lived access tokens. `npm test` runs
 * it after the other end-to-end tests, whose stack uses the same databases.
 * @type {import('jest').Config}
 */
export default {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testPathIgnorePatterns: [],
  globalSetup: '<rootDir>/test/support/browserGlobalSetup.mjs',
  testTimeout: 60_000,
};
