import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

import type { RepoPaths } from '../repoPaths.js';

export interface BaseSchema {
  sdl: string;
  /** How messages name it, e.g. "the last release (schema/released/api.graphql)". */
  name: string;
}

/**
 * The API schema clients rely on: the committed release snapshot, or with `--base <ref>`,
 * schema/api.graphql at that git commit. Undefined (with the reason) when there is none.
 */
export function loadBaseSchema(paths: RepoPaths, baseRef: string | undefined): BaseSchema | string {
  if (baseRef === undefined) {
    if (!existsSync(paths.releasedApiSchema)) {
      return (
        'schema/released/api.graphql is missing: run npm run schema:release to record the ' +
        'API schema clients use today, and commit it.'
      );
    }
    return {
      sdl: readFileSync(paths.releasedApiSchema, 'utf8'),
      name: 'the last release (schema/released/api.graphql)',
    };
  }

  try {
    const sdl = execFileSync('git', ['show', `${baseRef}:schema/api.graphql`], {
      cwd: paths.root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { sdl, name: `${baseRef} (schema/api.graphql there)` };
  } catch {
    return (
      `--base ${baseRef}: git has no schema/api.graphql at that ref: name a commit, branch ` +
      'or tag that has one (git log -- schema/api.graphql lists them).'
    );
  }
}
