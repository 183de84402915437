import { createDefaultEsmPreset } from 'ts-jest';

/**
 * Static checks of the deployment: the Dockerfiles and the kustomize overlays in k8s/,
 * rendered by the real kubectl, validated against the Kubernetes and Traefik schemas and
 * compared with edge/Caddyfile as the real Caddy adapts it. Nothing here needs a cluster.
 * Jest must run with NODE_OPTIONS=--experimental-vm-modules (the `test` script sets it).
 * @type {import('jest').Config}
 */
export default {
  ...createDefaultEsmPreset({ tsconfig: 'tsconfig.json' }),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 30_000,
};
