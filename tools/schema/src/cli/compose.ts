/**
 * `npm run schema:compose`: composes rover.yaml with @apollo/composition (the version rover.yaml
 * pins; the rover CLI itself downloads its composer at run time and cannot work offline) and
 * writes schema/supergraph.graphql, schema/api.graphql and schema/PERMISSIONS.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

import { generateSchemaFiles } from '../compose/generateSchemaFiles.js';
import { repoPaths } from '../repoPaths.js';
import { runCli } from './runCli.js';

runCli(() => {
  const paths = repoPaths();
  const { composition, files } = generateSchemaFiles(paths);
  for (const { code, message } of composition.hints) {
    process.stderr.write(`hint [${code}] ${message}\n`);
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    process.stdout.write(`Wrote ${relative(paths.root, path)}\n`);
  }
  process.stdout.write(
    `Composed ${composition.subgraphs.length} subgraphs. Run npm run schema:check next.\n`,
  );
  return 0;
});
