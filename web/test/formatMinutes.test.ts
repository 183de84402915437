import { describe, expect, it } from 'vitest';

import { formatMinutes } from '../src/time/formatMinutes';

describe('formatMinutes', () => {
  it.each([
    [0, '0 minutes'],
    [1, '1 minute'],
    [45, '45 minutes'],
    [60, '1 hour'],
    [90, '1 hour 30 minutes'],
    [1440, '1 day'],
    [2880, '2 days'],
    [1500, '1 day 1 hour'],
  ])('says %i minutes as "%s"', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
