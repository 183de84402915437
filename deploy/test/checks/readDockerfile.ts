import { existsSync, readFileSync } from 'node:fs';

/** What the checks need from a Dockerfile, read statically (no Docker engine runs here). */
export interface DockerfileFacts {
  stages: number;
  /** The final stage's base image, as FROM names it. */
  finalFrom: string;
  /** The final stage's RUN instructions, continuation lines joined. */
  finalRuns: string[];
  /** The final stage's USER as a number, or NaN when it is a name or missing. */
  user: number;
  /** Whether the final stage sets NODE_ENV=production. */
  production: boolean;
  /** Whether every `npm ci` of the final stage omits dev dependencies. */
  omitsDev: boolean;
  exposed: number;
  envPort: number;
  /** package.json files copied into each stage, by stage. */
  copiedManifests: string[][];
  /** Patterns of `<Dockerfile>.dockerignore`, empty when the file is missing. */
  ignored: string[];
}

export function readDockerfile(path: string): DockerfileFacts {
  // Continuation lines joined, comments dropped: one instruction per line.
  const lines = readFileSync(path, 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: string[][] = [];
  for (const line of lines) {
    if (/^FROM\s/i.test(line)) stages.push([]);
    stages.at(-1)?.push(line);
  }
  const final = stages.at(-1) ?? [];
  const arg = (instruction: string) =>
    final
      .filter((l) => l.toUpperCase().startsWith(`${instruction} `))
      .map((l) => l.slice(instruction.length + 1));
  const envs = arg('ENV').join(' ');
  const npmCi = final.filter((l) => /^RUN .*npm ci/.test(l));
  const ignoreFile = `${path}.dockerignore`;

  return {
    stages: stages.length,
    finalFrom: final[0]?.split(/\s+/)[1] ?? '',
    finalRuns: arg('RUN'),
    user: Number(arg('USER').at(-1)?.split(':')[0] ?? NaN),
    production: /(^|\s)NODE_ENV=production(\s|$)/.test(envs),
    omitsDev: npmCi.length > 0 && npmCi.every((l) => l.includes('--omit=dev')),
    exposed: Number(arg('EXPOSE').at(-1)),
    envPort: Number(/(?:^|\s)PORT=(\d+)/.exec(envs)?.[1]),
    copiedManifests: stages.map((stage) =>
      stage
        .filter((l) => /^COPY\s/i.test(l) && !l.includes('--from'))
        .flatMap((l) => l.split(/\s+/).slice(1, -1))
        .filter((source) => source.endsWith('package.json')),
    ),
    ignored: existsSync(ignoreFile)
      ? readFileSync(ignoreFile, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '' && !l.startsWith('#'))
      : [],
  };
}
