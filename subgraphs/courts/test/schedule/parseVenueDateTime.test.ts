import { parseVenueDateTime } from '../../src/schedule/parseVenueDateTime.js';

const MADRID = 'Europe/Madrid';
const NEW_YORK = 'America/New_York';

function instantOf(text: string, zone: string): Date {
  const result = parseVenueDateTime(text, zone);
  if (!result.ok) throw new Error(`expected ${text} to parse, got ${result.message}`);
  return result.instant;
}

describe('parseVenueDateTime: accepted forms', () => {
  it("reads a bare date and time as the venue's wall time, with or without :00 seconds", () => {
    expect(instantOf('2027-03-28T10:00', MADRID)).toEqual(new Date('2027-03-28T08:00:00Z'));
    expect(instantOf('2027-03-28T10:00:00', MADRID)).toEqual(new Date('2027-03-28T08:00:00Z'));
    expect(instantOf('2027-03-28T10:00', NEW_YORK)).toEqual(new Date('2027-03-28T14:00:00Z'));
  });

  it("accepts the venue's own offset", () => {
    expect(instantOf('2027-10-31T02:00:00+02:00', MADRID)).toEqual(
      new Date('2027-10-31T00:00:00Z'),
    );
    expect(instantOf('2027-10-31T02:00:00+01:00', MADRID)).toEqual(
      new Date('2027-10-31T01:00:00Z'),
    );
    expect(instantOf('2027-11-07T01:30-05:00', NEW_YORK)).toEqual(new Date('2027-11-07T06:30:00Z'));
  });

  it('accepts any UTC instant ending in Z, even one whose Madrid time is repeated', () => {
    expect(instantOf('2027-10-31T00:30Z', MADRID)).toEqual(new Date('2027-10-31T00:30:00Z'));
    expect(instantOf('2027-03-28T01:00:00Z', MADRID)).toEqual(new Date('2027-03-28T01:00:00Z'));
  });
});

describe('parseVenueDateTime: refusals', () => {
  it('refuses 02:30 on 2027-03-28 in Madrid: it does not exist, and says why', () => {
    expect(parseVenueDateTime('2027-03-28T02:30', MADRID)).toEqual({
      ok: false,
      reason: 'NONEXISTENT_LOCAL_TIME',
      message:
        '"2027-03-28T02:30" does not exist in Europe/Madrid: that night the clocks jump ' +
        'forward from 02:00 (+01:00) to 03:00 (+02:00) for daylight saving time. Send a time ' +
        'outside that gap, such as 2027-03-28T03:00:00+02:00.',
    });
  });

  it('refuses 02:30+01:00 on 2027-03-28 in Madrid as a local time that does not exist', () => {
    expect(parseVenueDateTime('2027-03-28T02:30:00+01:00', MADRID)).toMatchObject({
      ok: false,
      reason: 'NONEXISTENT_LOCAL_TIME',
    });
    expect(parseVenueDateTime('2027-03-28T02:30:00+02:00', MADRID)).toMatchObject({
      ok: false,
      reason: 'NONEXISTENT_LOCAL_TIME',
    });
  });

  it('refuses a time New York skips on 2027-03-14', () => {
    const result = parseVenueDateTime('2027-03-14T02:15', NEW_YORK);
    expect(result).toMatchObject({ ok: false, reason: 'NONEXISTENT_LOCAL_TIME' });
    expect(!result.ok && result.message).toContain('from 02:00 (-05:00) to 03:00 (-04:00)');
  });

  it('refuses a repeated time without offset, and offers both readings', () => {
    expect(parseVenueDateTime('2027-10-31T02:00', MADRID)).toEqual({
      ok: false,
      reason: 'AMBIGUOUS_LOCAL_TIME',
      message:
        '"2027-10-31T02:00" happens twice in Europe/Madrid: that night the clocks go back and ' +
        'repeat the time. Add the offset to say which one you mean: 2027-10-31T02:00:00+02:00 ' +
        '(the first) or 2027-10-31T02:00:00+01:00 (the second).',
    });
    expect(parseVenueDateTime('2027-11-07T01:30', NEW_YORK)).toMatchObject({
      reason: 'AMBIGUOUS_LOCAL_TIME',
    });
  });

  it("refuses an offset that is not the venue's at that instant, showing the venue's time", () => {
    expect(parseVenueDateTime('2027-07-01T10:00:00+01:00', MADRID)).toEqual({
      ok: false,
      reason: 'OFFSET_MISMATCH',
      message:
        '"2027-07-01T10:00:00+01:00" is not a local time of Europe/Madrid: at that instant ' +
        "the venue's clocks show 2027-07-01T11:00:00+02:00. Send the venue's local time with " +
        "the venue's own offset, without an offset, or as a UTC time ending in Z.",
    });
    expect(parseVenueDateTime('2027-07-01T10:00:00+00:00', MADRID)).toMatchObject({
      reason: 'OFFSET_MISMATCH',
    });
  });

  it.each(['2027-03-28T10:00:00.000Z', '2027-03-28T10:00:00.0+02:00'])(
    'accepts %s: zero seconds written with a fraction, as toISOString does',
    (text) => {
      expect(parseVenueDateTime(text, MADRID)).toMatchObject({ ok: true });
    },
  );

  it.each(['1999-12-31T23:00Z', '3000-01-01T10:00', '9999-12-31T10:00:00Z'])(
    'refuses %s, outside the supported years, before any arithmetic',
    (text) => {
      expect(parseVenueDateTime(text, MADRID)).toMatchObject({
        ok: false,
        reason: 'OUT_OF_RANGE',
      });
    },
  );

  it.each(['2027-03-28T10:00:30', '2027-03-28T10:00:00.001', '2027-03-28T10:00:00.5Z'])(
    'refuses seconds or fractions in %s',
    (text) => {
      expect(parseVenueDateTime(text, MADRID)).toMatchObject({
        ok: false,
        reason: 'SECONDS_NOT_ZERO',
      });
    },
  );

  it.each([
    '2027-13-01T10:00',
    '2027-00-01T10:00',
    '2027-03-28T24:00',
    '2027-03-28T10:60',
    '2027-03-28T10:00:60',
    '2027-03-28T10:00+19:00',
    '2027-03-28T10:00+01:60',
  ])('refuses the out-of-range field in %s', (text) => {
    expect(parseVenueDateTime(text, MADRID)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
  });

  it.each(['2027-02-30T10:00', '2027-02-29T10:00Z', '2027-04-31T10:00+02:00'])(
    'refuses %s, a day the calendar lacks',
    (text) => {
      expect(parseVenueDateTime(text, MADRID)).toMatchObject({
        ok: false,
        reason: 'NO_SUCH_DATE',
      });
    },
  );

  it.each([
    '',
    '2027-03-28',
    '2027-03-28 10:00',
    '2027-03-28t10:00',
    '2027-03-28T10',
    '2027-03-28T1:00',
    '2027-03-28T10:00+0200',
    '2027-03-28T10:00+02',
    '2027-03-28T10:00 Europe/Madrid',
    '+02027-03-28T10:00',
    '1806393600000',
  ])('refuses %j with the accepted shapes as examples', (text) => {
    const result = parseVenueDateTime(text, MADRID);
    expect(result).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(!result.ok && result.message).toContain('2027-03-28T10:00:00+02:00');
  });

  it('throws a RangeError for a zone that is no IANA name: a bug, not user input', () => {
    expect(() => parseVenueDateTime('2027-03-28T10:00', '+02:00')).toThrow(RangeError);
  });
});
