import { describe, expect, it } from '@jest/globals';

import { isFromGateway } from '../../src/auth/isFromGateway.js';

const SECRET = 'g'.repeat(20) + 'ateway-secret-0001';

describe('isFromGateway', () => {
  it('accepts exactly the configured secret', () => {
    expect(isFromGateway(SECRET, SECRET)).toBe(true);
  });

  it.each([
    ['a mismatch of the same length', SECRET.slice(0, -1) + '2'],
    ['a shorter value', SECRET.slice(0, -1)],
    ['a longer value', `${SECRET}x`],
    ['a value equal in UTF-16 length but not in bytes', SECRET.slice(0, -1) + 'é'],
    ['an empty value', ''],
    ['a missing header', undefined],
    ['an array of values', [SECRET, SECRET]],
    ['an array holding only the secret', [SECRET]],
  ])('refuses %s', (_case, presented) => {
    expect(isFromGateway(presented, SECRET)).toBe(false);
  });
});
