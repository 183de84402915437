import type { DockerfileFacts } from './readDockerfile.js';

/** What excluding from the build context keeps out of every image layer. */
const MUST_IGNORE = ['**/node_modules', '**/.secrets', '.git', '**/.env'];

/**
 * The image rules of issue 6: multi-stage, production dependencies only, a numeric non-root
 * user (Kubernetes checks runAsNonRoot only for numbers), NODE_ENV=production, a
 * .dockerignore, and every workspace manifest copied wherever `npm ci` checks the lock file.
 */
export function checkDockerfile(
  name: string,
  facts: DockerfileFacts,
  workspaces: string[],
  npmCiStages: number[],
): string[] {
  const problems: string[] = [];
  if (facts.stages < 2) problems.push(`${name}: build in one stage and run in another.`);
  if (!(facts.user > 0))
    problems.push(`${name}: the final stage needs a numeric USER other than 0.`);
  if (!facts.production) problems.push(`${name}: the final stage must set NODE_ENV=production.`);
  if (!facts.omitsDev) problems.push(`${name}: the final stage must run npm ci --omit=dev.`);
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
