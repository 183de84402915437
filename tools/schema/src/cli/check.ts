/**
 * `npm run schema:check [-- --base <git ref>]`, run by `npm test` and so by CI: composition,
 * committed files up to date, no undeclared breaking change against the last release (or the
 * given ref), subgraph conventions, and every client operation valid.
 */
import { runSchemaCheck } from '../check/runSchemaCheck.js';
import { repoPaths } from '../repoPaths.js';
import { runCli } from './runCli.js';

function parseBase(args: string[]): string | undefined {
  const index = args.indexOf('--base');
  if (index < 0) return undefined;
  const ref = args[index + 1];
  if (!ref || ref.startsWith('--')) {
    throw new Error('--base needs a git ref, e.g. npm run schema:check -- --base origin/main');
  }
  return ref;
}

runCli(async () => {
  const baseRef = parseBase(process.argv.slice(2));
  const report = await runSchemaCheck(repoPaths(), baseRef === undefined ? {} : { baseRef });
  for (const note of report.notes) process.stderr.write(`${note}\n`);
  for (const { kind, message } of report.failures) {
    process.stderr.write(`FAIL ${kind}: ${message}\n`);
  }
  if (report.failures.length > 0) {
    process.stderr.write(`\nschema:check found ${report.failures.length} problem(s).\n`);
    return 1;
  }
  process.stdout.write('schema:check passed: the schema and every client operation are fine.\n');
  return 0;
});
