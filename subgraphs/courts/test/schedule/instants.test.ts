import { formatInstant, localDateOf } from '../../src/schedule/formatInstant.js';
import { localDateTimeToInstants } from '../../src/schedule/localDateTimeToInstants.js';

const MADRID = 'Europe/Madrid';
const NEW_YORK = 'America/New_York';
const LORD_HOWE = 'Australia/Lord_Howe';

describe('formatInstant', () => {
  it('writes the local time with the offset in force, seconds included', () => {
    expect(formatInstant(new Date('2027-10-31T00:00:00Z'), MADRID)).toBe(
      '2027-10-31T02:00:00+02:00',
    );
    expect(formatInstant(new Date('2027-10-31T01:00:00Z'), MADRID)).toBe(
      '2027-10-31T02:00:00+01:00',
    );
    expect(formatInstant(new Date('2027-03-14T07:00:00Z'), NEW_YORK)).toBe(
      '2027-03-14T03:00:00-04:00',
    );
    expect(formatInstant(new Date('2027-01-15T12:00:00Z'), LORD_HOWE)).toBe(
      '2027-01-15T23:00:00+11:00',
    );
    expect(formatInstant(new Date('2027-07-15T12:00:00Z'), LORD_HOWE)).toBe(
      '2027-07-15T22:30:00+10:30',
    );
  });

  it('writes a zero offset as +00:00, never Z', () => {
    expect(formatInstant(new Date('2027-06-01T10:00:00Z'), 'UTC')).toBe(
      '2027-06-01T10:00:00+00:00',
    );
    expect(formatInstant(new Date('2027-01-01T10:00:00Z'), 'Europe/London')).toBe(
      '2027-01-01T10:00:00+00:00',
    );
  });

  it('keeps milliseconds only when there are some', () => {
    expect(formatInstant(new Date('2027-06-01T10:00:00.250Z'), 'UTC')).toBe(
      '2027-06-01T10:00:00.250+00:00',
    );
  });
});

describe('localDateOf', () => {
  it("gives the venue's calendar date, not UTC's nor the process's", () => {
    expect(localDateOf(new Date('2027-10-30T22:30:00Z'), MADRID)).toBe('2027-10-31');
    expect(localDateOf(new Date('2027-11-07T03:30:00Z'), NEW_YORK)).toBe('2027-11-06');
    expect(localDateOf(new Date('2027-11-07T04:30:00Z'), NEW_YORK)).toBe('2027-11-07');
  });
});

describe('localDateTimeToInstants', () => {
  it('gives the one instant of an ordinary wall time', () => {
    expect(localDateTimeToInstants('2027-03-28', '10:00', MADRID)).toEqual({
      kind: 'unique',
      instant: new Date('2027-03-28T08:00:00Z'),
    });
  });

  it('finds 02:30 on 2027-03-28 in Madrid in the gap, and where the gap ends', () => {
    expect(localDateTimeToInstants('2027-03-28', '02:30', MADRID)).toEqual({
      kind: 'gap',
      firstInstantAfter: new Date('2027-03-28T01:00:00Z'),
      offsetBeforeMinutes: 60,
      offsetAfterMinutes: 120,
    });
    expect(localDateTimeToInstants('2027-03-28', '02:00', MADRID).kind).toBe('gap');
    expect(localDateTimeToInstants('2027-03-28', '03:00', MADRID)).toEqual({
      kind: 'unique',
      instant: new Date('2027-03-28T01:00:00Z'),
    });
  });

  it('gives both instants of 02:00 on 2027-10-31 in Madrid, an hour apart', () => {
    expect(localDateTimeToInstants('2027-10-31', '02:00', MADRID)).toEqual({
      kind: 'ambiguous',
      earlier: new Date('2027-10-31T00:00:00Z'),
      later: new Date('2027-10-31T01:00:00Z'),
    });
    expect(localDateTimeToInstants('2027-10-31', '02:59', MADRID).kind).toBe('ambiguous');
    expect(localDateTimeToInstants('2027-10-31', '03:00', MADRID).kind).toBe('unique');
  });

  it('handles New York on 2027-03-14 and 2027-11-07', () => {
    expect(localDateTimeToInstants('2027-03-14', '02:30', NEW_YORK)).toMatchObject({
      kind: 'gap',
      firstInstantAfter: new Date('2027-03-14T07:00:00Z'),
    });
    expect(localDateTimeToInstants('2027-11-07', '01:30', NEW_YORK)).toEqual({
      kind: 'ambiguous',
      earlier: new Date('2027-11-07T05:30:00Z'),
      later: new Date('2027-11-07T06:30:00Z'),
    });
  });

  it('handles the 30-minute shifts of Lord Howe Island', () => {
    expect(localDateTimeToInstants('2027-10-03', '02:15', LORD_HOWE)).toEqual({
      kind: 'gap',
      firstInstantAfter: new Date('2027-10-02T15:30:00Z'),
      offsetBeforeMinutes: 630,
      offsetAfterMinutes: 660,
    });
    expect(localDateTimeToInstants('2027-04-04', '01:45', LORD_HOWE)).toEqual({
      kind: 'ambiguous',
      earlier: new Date('2027-04-03T14:45:00Z'),
      later: new Date('2027-04-03T15:15:00Z'),
    });
  });

  it('throws on inputs the caller should have validated', () => {
    expect(() => localDateTimeToInstants('2027-02-30', '10:00', MADRID)).toThrow(RangeError);
    expect(() => localDateTimeToInstants('2027-03-28', '24:00', MADRID)).toThrow(RangeError);
    expect(() => localDateTimeToInstants('2027-03-28', '10:00', 'UTC+1')).toThrow(RangeError);
  });
});
