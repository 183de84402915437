import { describe, expect, it } from '@jest/globals';

import { VerifiedTokenCache } from '../../src/auth/VerifiedTokenCache.js';

const identity = (n: number) => ({
  userId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  sessionId: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  issuedAtSeconds: 1_000,
});

describe('VerifiedTokenCache', () => {
  it('answers a stored token until its exp, and nothing from then on', () => {
    let now = 1_000_000;
    const cache = new VerifiedTokenCache(10, () => now);
    cache.set('token-a', identity(1), 1_010); // exp = 1,010 s = 1,010,000 ms

    expect(cache.get('token-a')).toEqual(identity(1));
    now = 1_009_999;
    expect(cache.get('token-a')).toEqual(identity(1));
    now = 1_010_000;
    expect(cache.get('token-a')).toBeUndefined();
    // The expired entry is gone, not kept around.
    expect(cache.size).toBe(0);
  });

  it('never stores a token that has already expired', () => {
    const cache = new VerifiedTokenCache(10, () => 2_000_000);
    cache.set('late', identity(1), 1_999);
    cache.set('now', identity(2), 2_000);
    expect(cache.get('late')).toBeUndefined();
    expect(cache.get('now')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never holds more than maxEntries, dropping the least recently used first', () => {
    const cache = new VerifiedTokenCache(3, () => 0);
    cache.set('a', identity(1), 60);
    cache.set('b', identity(2), 60);
    cache.set('c', identity(3), 60);
    expect(cache.get('a')).toEqual(identity(1)); // a is now the most recently used

    cache.set('d', identity(4), 60);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(identity(1));
    expect(cache.get('c')).toEqual(identity(3));
    expect(cache.get('d')).toEqual(identity(4));

    for (let n = 0; n < 1_000; n += 1) {
      cache.set(`t${n}`, identity(n), 60);
    }
    expect(cache.size).toBe(3);
    expect(cache.get('t999')).toEqual(identity(999));
    expect(cache.get('t996')).toBeUndefined();
  });

  it('storing a token again replaces its entry instead of adding one', () => {
    const cache = new VerifiedTokenCache(2, () => 0);
    cache.set('a', identity(1), 60);
    cache.set('a', identity(1), 60);
    cache.set('b', identity(2), 60);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toEqual(identity(1));
  });

  it('refuses a size that could not hold anything', () => {
    expect(() => new VerifiedTokenCache(0)).toThrow(RangeError);
    expect(() => new VerifiedTokenCache(1.5)).toThrow(RangeError);
  });
});
