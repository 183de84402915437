import type { DockerfileFacts } from './readDockerfile.js';

/** What excluding from the build context keeps out of every image layer. */
const MUST_IGNORE = ['**/node_modules', '**/.secrets', '.git', '**/.env'];

/** A Node service runs its build; a static image only serves files and has no Node at all. */
export type ImageRuntime = 'node' | 'static';

/**
 * The image rules of issue 6: multi-stage, a numeric non-root user (Kubernetes checks
 * runAsNonRoot only for numbers), a .dockerignore, and every workspace manifest copied
 * wherever `npm ci` checks the lock file. A Node service also installs production
 * dependencies only and sets NODE_ENV=production; a static image installs nothing, and one
 * built on Caddy's image drops the binary's file capability, without which a pod that drops
 * every capability cannot start it.
 */
export function checkDockerfile(
  name: string,
  facts: DockerfileFacts,
  workspaces: string[],
  npmCiStages: number[],
  runtime: ImageRuntime = 'node',
): string[] {
  const problems: string[] = [];
  if (facts.stages < 2) problems.push(`${name}: build in one stage and run in another.`);
  if (!(facts.user > 0))
    problems.push(`${name}: the final stage needs a numeric USER other than 0.`);
  if (runtime === 'node') {
    if (!facts.production) problems.push(`${name}: the final stage must set NODE_ENV=production.`);
    if (!facts.omitsDev) problems.push(`${name}: the final stage must run npm ci --omit=dev.`);
  } else {
    if (facts.finalRuns.some((run) => /\bnpm\b/.test(run))) {
      problems.push(`${name}: the final stage serves built files and must not run npm.`);
    }
    const caddy = /^caddy:/.test(facts.finalFrom);
    if (caddy && !facts.finalRuns.some((run) => run.includes('setcap -r /usr/bin/caddy'))) {
      problems.push(`${name}: the final stage must run setcap -r /usr/bin/caddy.`);
    }
  }
  for (const pattern of MUST_IGNORE) {
    if (!facts.ignored.includes(pattern)) {
      problems.push(`${name}.dockerignore must exclude ${pattern}.`);
    }
  }
  const manifests = ['package.json', ...workspaces.map((w) => `${w}/package.json`)];
  for (const stage of npmCiStages) {
    for (const manifest of manifests) {
      if (!facts.copiedManifests[stage]?.includes(manifest)) {
        problems.push(`${name}: stage ${stage + 1} runs npm ci without COPY ${manifest}.`);
      }
    }
  }
  return problems;
}
