/**
 * A per-request batching loader: every `load` issued in the same tick is answered by one
 * call of `batch`, and each key is fetched at most once per request. Federation resolves
 * `_entities` representations side by side, so this turns N references into one query.
 */
export interface BatchLoader<K, V> {
  load(key: K): Promise<V>;
  /**
   * Forgets `key`, so the next `load` fetches it again. Call it after changing what the key
   * maps to: a mutation's own answer, or a later field of the same request, must not show
   * the value from before the change.
   */
  clear(key: K): void;
}

export function createBatchLoader<K, V>(
  batch: (keys: readonly K[]) => Promise<Map<K, V>>,
  missing: V,
): BatchLoader<K, V> {
  const cache = new Map<K, Promise<V>>();
  let pending: Array<{ key: K; resolve: (value: V) => void; reject: (error: unknown) => void }> =
    [];

  const flush = (): void => {
    const jobs = pending;
    pending = [];
    batch(jobs.map((job) => job.key)).then(
      (values) => jobs.forEach((job) => job.resolve(values.get(job.key) ?? missing)),
      (error: unknown) => jobs.forEach((job) => job.reject(error)),
    );
  };

  return {
    load(key) {
      const cached = cache.get(key);
      if (cached) {
        return cached;
      }
      const promise = new Promise<V>((resolve, reject) => {
        if (pending.length === 0) {
          // After the current microtasks, so sibling resolvers can join the batch.
          void Promise.resolve().then(() => process.nextTick(flush));
        }
        pending.push({ key, resolve, reject });
      });
      cache.set(key, promise);
      return promise;
    },
    clear(key) {
      cache.delete(key);
    },
  };
}
