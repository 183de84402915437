import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { pino } from 'pino';

import { loadConfig } from '../../src/config/loadConfig.js';
import { startGatewayServer, type RunningGateway } from '../../src/http/startGatewayServer.js';

/** Composes the given subgraphs and starts the real gateway on a free loopback port. */
export async function startTestGateway(
  subgraphs: { name: string; url: string; sdl: string }[],
  env: NodeJS.ProcessEnv = {},
): Promise<RunningGateway> {
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));

  const directory = mkdtempSync(join(tmpdir(), 'courtgraph-gateway-'));
  const supergraphPath = join(directory, 'supergraph.graphql');
  writeFileSync(supergraphPath, result.supergraphSdl);

  const config = loadConfig(
    { PORT: '0', NODE_ENV: 'test', SUPERGRAPH_PATH: supergraphPath, ...env },
    { supergraphPath },
  );
  return startGatewayServer(config, pino({ level: 'silent' }));
}
