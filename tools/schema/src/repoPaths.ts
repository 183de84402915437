import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this package lives in (from src/ and from dist/ alike: three levels up). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every file the schema commands read or write, relative to one repository root. */
export interface RepoPaths {
  root: string;
  roverConfig: string;
  /** Composed supergraph served by the gateway: generated, committed. */
  supergraph: string;
  /** The API schema clients see: generated, committed. */
  apiSchema: string;
  /** Which operation needs which permission: generated, committed. */
  permissions: string;
  /** The API schema of the last release, updated only by `npm run schema:release`. */
  releasedApiSchema: string;
  /** Reviewed declarations of breaking changes since the last release. */
  changelog: string;
  /** Reviewed exceptions to the naming, description, connection and mutation conventions. */
  allowList: string;
}

export function repoPaths(root: string = REPO_ROOT): RepoPaths {
  return {
    root,
    roverConfig: join(root, 'rover.yaml'),
    supergraph: join(root, 'schema', 'supergraph.graphql'),
    apiSchema: join(root, 'schema', 'api.graphql'),
    permissions: join(root, 'schema', 'PERMISSIONS.md'),
    releasedApiSchema: join(root, 'schema', 'released', 'api.graphql'),
    changelog: join(root, 'schema', 'CHANGELOG.md'),
    allowList: join(root, 'schema', 'conventions-allowlist.yaml'),
  };
}

/** A path as a reader finds it from the repository root, for messages. */
export function relativeToRoot(paths: RepoPaths, path: string): string {
  return path.startsWith(paths.root) ? path.slice(paths.root.length).replace(/^\//, '') : path;
}
