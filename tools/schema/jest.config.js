import { createDefaultEsmPreset } from 'ts-jest';

/**
 * Tests run as native ES modules (jose ships only ESM), so Jest must be started with
 * NODE_OPTIONS=--experimental-vm-modules, which the package's `test` script does.
 * @type {import('jest').Config}
 */
export default {
  ...createDefaultEsmPreset({ tsconfig: 'tsconfig.json' }),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 30_000,
};
