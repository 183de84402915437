import { spawnSync } from 'node:child_process';

/** Caddy's own JSON for a Caddyfile (`caddy adapt`), as the running edge would load it. */
export function adaptCaddyfile(path: string): unknown {
  const result = spawnSync('caddy', ['adapt', '--config', path, '--adapter', 'caddyfile'], {
    encoding: 'utf8',
    // Only the defaults of {$VAR:default} placeholders, never this machine's settings.
    env: { PATH: process.env.PATH ?? '' },
  });
  if (result.error) {
    throw new Error(`caddy could not run (${result.error.message}): npm test installs it.`);
  }
  if (result.status !== 0) throw new Error(`caddy adapt ${path} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}
