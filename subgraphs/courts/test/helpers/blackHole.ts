import { createServer, type Server, type Socket } from 'node:net';

/** A TCP server on loopback that accepts every connection and never answers a byte. */
export class BlackHole {
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async open(): Promise<BlackHole> {
    const hole = new BlackHole(createServer());
    await new Promise<void>((resolve) => hole.server.listen(0, '127.0.0.1', resolve));
    return hole;
  }

  get url(): string {
    const { port } = this.server.address() as { port: number };
    return `redis://127.0.0.1:${port}/0`;
  }

  /** How many connections it holds open right now. */
  get connections(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
