import { isFromGateway } from '../../src/auth/isFromGateway.js';

const SECRET = 'a'.repeat(16) + 'B'.repeat(16) + '0123456789';

describe('isFromGateway', () => {
  it('matches the exact secret', () => {
    expect(isFromGateway(SECRET, SECRET)).toBe(true);
  });

  it.each([
    ['a different secret of the same length', SECRET.slice(0, -1) + 'X'],
    ['a secret differing only in case', SECRET.toUpperCase()],
    ['a shorter prefix of the secret', SECRET.slice(0, -1)],
    ['the secret with extra characters', `${SECRET}0`],
    ['an empty header', ''],
    ['a missing header', undefined],
    ['an array holding the secret', [SECRET]],
    ['an array holding the secret twice', [SECRET, SECRET]],
  ])('refuses %s', (_label, header) => {
    expect(isFromGateway(header, SECRET)).toBe(false);
  });

  it('compares bytes, so same-length strings of different byte length never throw', () => {
    // 'é' is two bytes in UTF-8: equal string lengths, unequal buffers; timingSafeEqual
    // would throw on unequal buffers if the length check were skipped.
    const accented = 'é' + SECRET.slice(1);
    expect(() => isFromGateway(accented, SECRET)).not.toThrow();
    expect(isFromGateway(accented, SECRET)).toBe(false);
  });
});
