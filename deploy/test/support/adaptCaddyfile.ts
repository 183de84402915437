import { spawnSync } from 'node:child_process';

/**
 * Caddy's own JSON for a Caddyfile (`caddy adapt`), as the running server would load it.
 * `env` sets the variables its {$VAR} placeholders read (PLAYGROUND=on); nothing else of this
 * machine's environment is seen, so unset placeholders take their defaults.
 */
export function adaptCaddyfile(path: string, env: Record<string, string> = {}): unknown {
  const result = spawnSync('caddy', ['adapt', '--config', path, '--adapter', 'caddyfile'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  if (result.error) {
    throw new Error(`caddy could not run (${result.error.message}): npm test installs it.`);
  }
  if (result.status !== 0) throw new Error(`caddy adapt ${path} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}
