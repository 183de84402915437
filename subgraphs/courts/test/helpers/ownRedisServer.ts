import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort } from './freePort.js';

/** Milliseconds a fresh redis-server gets to say it accepts connections. */
const START_TIMEOUT_MS = 5_000;

/**
 * A `redis-server` of the test's own on a free loopback port, with no persistence, so fault
 * tests can stop, freeze and restart it without touching the machine's Redis. A restarted
 * server starts empty, as a real cache restart would.
 */
export class OwnRedisServer {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<OwnRedisServer> {
    const dir = await mkdtemp(join(tmpdir(), 'courts-redis-'));
    const server = new OwnRedisServer(await freePort(), dir);
    await server.start();
    return server;
  }

  /** `redis://` URL of db index 0: the whole server is the test's own. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  /** (Re)starts the server and resolves once it accepts connections. */
  async start(): Promise<void> {
    if (this.child) return;
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir];
    const child = spawn('redis-server', [...args, '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => {
        fail(new Error(`redis-server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
      }, START_TIMEOUT_MS);
      function fail(error: Error) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(error);
      }
      child.once('error', fail);
      child.once('exit', (code) => fail(new Error(`redis-server exited (${code}):\n${output}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve();
        }
      });
    });
  }

  /** Kills the server outright (as a crash would) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** Freezes the server: connections stay open but nothing is answered (a black hole). */
  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  async close(): Promise<void> {
    this.thaw();
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}
