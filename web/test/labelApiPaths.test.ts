import { describe, expect, it } from 'vitest';

import { COURT_FIELD_LABELS } from '../src/courts/courtFieldLabels';
import { readCourtForm, NEW_COURT } from '../src/courts/courtFormValues';
import { labelApiPaths, lastPathPart } from '../src/errors/labelApiPaths';
import { parseIntervals, weekdayOfPath } from '../src/venues/openingHours';

const courtLabel = (path: string) =>
  (COURT_FIELD_LABELS as Record<string, string>)[lastPathPart(path)];

describe('labelApiPaths', () => {
  it("rewrites a rule's API path into the label on the form", () => {
    expect(labelApiPaths('Give bookingRules.minDurationMinutes from 1 to 1440.', courtLabel)).toBe(
      'Give "Shortest booking (minutes)" from 1 to 1440.',
    );
  });

  it('leaves plain words and unknown paths alone', () => {
    expect(labelApiPaths('Give the name of the court.', courtLabel)).toBe(
      'Give the name of the court.',
    );
    expect(labelApiPaths('Leave venue.secretThing out.', courtLabel)).toBe(
      'Leave venue.secretThing out.',
    );
  });

  it('names the weekday of an indexed opening-hours row', () => {
    const sent = [{ weekday: 'MONDAY' as const }, { weekday: 'FRIDAY' as const }];
    expect(weekdayOfPath('openingHours[1].closes', sent)).toBe('FRIDAY');
    expect(weekdayOfPath('name', sent)).toBeUndefined();
  });
});

describe('checks before sending', () => {
  function courtForm(values: Record<string, string>): FormData {
    const form = new FormData();
    form.set('name', 'Court');
    form.set('price', '20');
    form.set('currency', 'EUR');
    for (const [rule, value] of Object.entries(NEW_COURT.bookingRules)) {
      if (rule !== '__typename') form.set(rule, value === null ? '' : String(value));
    }
    for (const [name, value] of Object.entries(values)) form.set(name, value);
    return form;
  }

  it('refuses a price over 100,000 at the price field, never sending a 32-bit overflow', () => {
    expect(readCourtForm(courtForm({ price: '99999999999' }), NEW_COURT)).toEqual({
      field: 'amount',
      message: 'Enter a price from 0 to 100,000.',
    });
    expect('input' in readCourtForm(courtForm({ price: '100000' }), NEW_COURT)).toBe(true);
  });

  it("refuses a rule outside the server's range at its field", () => {
    expect(readCourtForm(courtForm({ minDurationMinutes: '3000000000' }), NEW_COURT)).toEqual({
      field: 'minDurationMinutes',
      message: 'Enter a whole number from 1 to 1440.',
    });
  });

  it('refuses clock times past 24:00', () => {
    expect(parseIntervals('08:00-25:00')).toEqual({
      error: 'Use times from 00:00 to 24:00 ("25:00" is not one).',
    });
    expect(parseIntervals('08:00-24:00')).toEqual([{ opens: '08:00', closes: '24:00' }]);
    expect(parseIntervals('08:00-24:30')).toHaveProperty('error');
  });
});
