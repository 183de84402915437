/**
 * `npm run compose`: composes rover.yaml into schema/supergraph.graphql.
 * `npm run compose -- --check`: fails when the committed supergraph is out of date, for CI.
 *
 * The rover CLI downloads its composition plugin at run time, which cannot work offline, so
 * this uses @apollo/composition at the version rover.yaml pins.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { composeSupergraph } from './composeSupergraph.js';
import { readRoverConfig } from './readRoverConfig.js';

const ROVER_CONFIG = fileURLToPath(new URL('../../../rover.yaml', import.meta.url));
const SUPERGRAPH = fileURLToPath(new URL('../../../schema/supergraph.graphql', import.meta.url));

function installedCompositionVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest = require('@apollo/composition/package.json') as { version: string };
  return manifest.version;
}

function run(check: boolean): number {
  const config = readRoverConfig(ROVER_CONFIG);
  const installed = installedCompositionVersion();
  if (installed !== config.federationVersion) {
    process.stderr.write(
      `rover.yaml pins federation ${config.federationVersion} but @apollo/composition ` +
        `${installed} is installed: align gateway/package.json with rover.yaml.\n`,
    );
    return 1;
  }

  const { supergraphSdl, hints } = composeSupergraph(config);
  for (const hint of hints) process.stderr.write(`hint: ${hint}\n`);

  if (check) {
    const committed = readFileSync(SUPERGRAPH, 'utf8');
    if (committed !== supergraphSdl) {
      process.stderr.write('schema/supergraph.graphql is out of date: run "npm run compose".\n');
      return 1;
    }
    process.stdout.write('schema/supergraph.graphql is up to date.\n');
    return 0;
  }

  writeFileSync(SUPERGRAPH, supergraphSdl);
  process.stdout.write(`Wrote ${SUPERGRAPH} from ${config.subgraphs.length} subgraphs.\n`);
  return 0;
}

try {
  process.exitCode = run(process.argv.includes('--check'));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
