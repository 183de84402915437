import { describe, expect, it } from '@jest/globals';

import { createBatchLoader } from '../../src/graphql/createBatchLoader.js';

function countingLoader() {
  const batches: string[][] = [];
  let version = 0;
  const loader = createBatchLoader<string, string>(async (keys) => {
    batches.push([...keys]);
    version += 1;
    return new Map(keys.map((key) => [key, `${key}@${version}`]));
  }, 'missing');
  return { loader, batches };
}

describe('createBatchLoader', () => {
  it('answers keys loaded in one tick with one batch and caches them', async () => {
    const { loader, batches } = countingLoader();
    expect(await Promise.all([loader.load('a'), loader.load('b'), loader.load('a')])).toEqual([
      'a@1',
      'b@1',
      'a@1',
    ]);
    expect(await loader.load('a')).toBe('a@1');
    expect(batches).toEqual([['a', 'b']]);
  });

  it('fetches a cleared key again and keeps the others cached', async () => {
    const { loader, batches } = countingLoader();
    await Promise.all([loader.load('a'), loader.load('b')]);

    loader.clear('a');

    expect(await loader.load('a')).toBe('a@2');
    expect(await loader.load('b')).toBe('b@1');
    expect(batches).toEqual([['a', 'b'], ['a']]);
  });
});
