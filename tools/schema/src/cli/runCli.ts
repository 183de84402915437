/**
 * Runs a command's body and turns a thrown error into its message on stderr and exit code 1:
 * the messages already say what to do, a stack trace would only hide them.
 */
export function runCli(body: () => number | Promise<number>): void {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  Promise.resolve()
    .then(body)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
}
