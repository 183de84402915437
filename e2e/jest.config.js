import { createDefaultEsmPreset } from 'ts-jest';

/**
 * End-to-end tests: globalSetup starts the whole stack (users, courts, gateway, Caddy edge) on
 * free ports with databases of its own; every request in the tests goes through the edge.
 * Jest must run with NODE_OPTIONS=--experimental-vm-modules (the `test` script sets it).
 * @type {import('jest').Config}
 */
export default {
  ...createDefaultEsmPreset({ tsconfig: 'tsconfig.json' }),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // The browser suite runs with its own stack (jest.browser.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/support/globalSetup.mjs',
  globalTeardown: '<rootDir>/test/support/globalTeardown.mjs',
  testTimeout: 30_000,
};
