import { priceForInterval } from '../../src/schedule/priceForInterval.js';

const at = (text: string) => new Date(text);

describe('priceForInterval', () => {
  it('charges the rate for each real hour', () => {
    expect(
      priceForInterval(2400, at('2027-06-02T10:00:00+02:00'), at('2027-06-02T11:30:00+02:00')),
    ).toBe(3600);
  });

  it('rounds half up to a whole minor unit', () => {
    // 1001 x 30 / 60 = 500.5
    expect(priceForInterval(1001, at('2027-06-02T10:00:00Z'), at('2027-06-02T10:30:00Z'))).toBe(
      501,
    );
    // 1000 x 1 / 60 = 16.67; 1000 x 2 / 60 = 33.33
    expect(priceForInterval(1000, at('2027-06-02T10:00:00Z'), at('2027-06-02T10:01:00Z'))).toBe(17);
    expect(priceForInterval(1000, at('2027-06-02T10:00:00Z'), at('2027-06-02T10:02:00Z'))).toBe(33);
  });

  it('charges three hours for 01:00 to 03:00 on 2027-10-31 in Madrid, when 02:00 happens twice', () => {
    expect(
      priceForInterval(2400, at('2027-10-31T01:00:00+02:00'), at('2027-10-31T03:00:00+01:00')),
    ).toBe(7200);
    expect(
      priceForInterval(2400, at('2027-10-31T02:00:00+02:00'), at('2027-10-31T02:00:00+01:00')),
    ).toBe(2400);
  });

  it('charges one hour for 01:00 to 03:00 on 2027-03-28 in Madrid, when 02:00 is skipped', () => {
    expect(
      priceForInterval(2400, at('2027-03-28T01:00:00+01:00'), at('2027-03-28T03:00:00+02:00')),
    ).toBe(2400);
  });

  it('stays exact for large rates and long intervals', () => {
    expect(
      priceForInterval(9_999_999, at('2027-01-01T00:00:00Z'), at('2028-01-01T00:00:00Z')),
    ).toBe(9_999_999 * 24 * 365);
  });

  it('throws on a negative or fractional rate and on an empty interval', () => {
    const start = at('2027-06-02T10:00:00Z');
    expect(() => priceForInterval(-1, start, at('2027-06-02T11:00:00Z'))).toThrow(RangeError);
    expect(() => priceForInterval(10.5, start, at('2027-06-02T11:00:00Z'))).toThrow(RangeError);
    expect(() => priceForInterval(100, start, start)).toThrow(RangeError);
  });
});
