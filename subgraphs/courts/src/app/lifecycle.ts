type Phase = { kind: 'running' } | { kind: 'stopping'; done: Promise<void> } | { kind: 'stopped' };

/** Makes `stop` idempotent: concurrent and repeated calls share one shutdown. */
export function createLifecycle(shutdown: () => Promise<void>): { stop(): Promise<void> } {
  let phase: Phase = { kind: 'running' };

  function stop(): Promise<void> {
    switch (phase.kind) {
      case 'running': {
        const done = shutdown().finally(() => {
          phase = { kind: 'stopped' };
        });
        phase = { kind: 'stopping', done };
        return done;
      }
      case 'stopping':
        return phase.done;
      case 'stopped':
        return Promise.resolve();
      default: {
        const unreachable: never = phase;
        throw new Error(`Unknown lifecycle phase ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return { stop };
}
