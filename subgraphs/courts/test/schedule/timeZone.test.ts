import { canonicalTimeZone, isValidTimeZone } from '../../src/schedule/timeZone.js';

describe('isValidTimeZone', () => {
  it.each(['UTC', 'Europe/Madrid', 'America/New_York', 'Australia/Lord_Howe', 'Etc/GMT+5'])(
    'accepts the IANA name %s',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(true);
    },
  );

  it.each([
    '',
    ' ',
    'UTC+1',
    'UTC+01:00',
    'GMT+1:00',
    '+01:00',
    '-05:00',
    '+0100',
    'Z',
    'CEST',
    'Europe/Nowhere',
    'Europe/Madrid ',
    '../etc/passwd',
    'Europe//Madrid',
    '1Europe/Madrid',
    'Europe/Madrid\n',
  ])('refuses %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe('canonicalTimeZone', () => {
  it('gives the canonical casing of a name sent in other cases', () => {
    expect(canonicalTimeZone('europe/madrid')).toBe('Europe/Madrid');
    expect(canonicalTimeZone('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(canonicalTimeZone('utc')).toBe('UTC');
  });

  it('keeps a canonical name as it is', () => {
    expect(canonicalTimeZone('Australia/Lord_Howe')).toBe('Australia/Lord_Howe');
    // Node 20's ICU knows it as Asia/Katmandu; the current IANA name is kept as written.
    expect(canonicalTimeZone('Asia/Kathmandu')).toBe('Asia/Kathmandu');
  });

  it('answers undefined for an offset', () => {
    expect(canonicalTimeZone('+02:00')).toBeUndefined();
  });
});
