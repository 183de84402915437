import type { OpeningHoursInput, Weekday } from '../generated/graphql';

/** Monday first, as the API orders them (ISO 8601). */
export const WEEKDAYS: readonly { value: Weekday; label: string; short: string }[] = [
  { value: 'MONDAY', label: 'Monday', short: 'Mon' },
  { value: 'TUESDAY', label: 'Tuesday', short: 'Tue' },
  { value: 'WEDNESDAY', label: 'Wednesday', short: 'Wed' },
  { value: 'THURSDAY', label: 'Thursday', short: 'Thu' },
  { value: 'FRIDAY', label: 'Friday', short: 'Fri' },
  { value: 'SATURDAY', label: 'Saturday', short: 'Sat' },
  { value: 'SUNDAY', label: 'Sunday', short: 'Sun' },
];

interface Interval {
  opens: string;
  closes: string;
}

/** "08:00–14:00, 16:00–22:00"; a closing at or before the opening reads "(next day)". */
export function intervalsText(intervals: readonly Interval[]): string {
  if (intervals.length === 0) return 'Closed';
  return intervals
    .map(({ opens, closes }) => {
      const overnight = closes !== '24:00' && closes <= opens;
      return `${opens}–${closes}${overnight ? ' (next day)' : ''}`;
    })
    .join(', ');
}

/** The weekly hours as one line per weekday, Monday first; closed days say so. */
export function weeklyHoursLines(
  hours: readonly (Interval & { weekday: Weekday })[],
): { weekday: Weekday; label: string; text: string }[] {
  return WEEKDAYS.map(({ value, label }) => ({
    weekday: value,
    label,
    text: intervalsText(hours.filter((item) => item.weekday === value)),
  }));
}

/**
 * "Mon–Sun 08:00–22:00" when every day reads the same, else undefined: venue cards show the
 * short form and the venue page the full table.
 */
export function sameEveryDay(
  hours: readonly (Interval & { weekday: Weekday })[],
): string | undefined {
  const lines = weeklyHoursLines(hours);
  const first = lines[0]?.text;
  return lines.every((line) => line.text === first) ? `Every day ${first}` : undefined;
}

const TIME = '([0-2]?\\d:[0-5]\\d)';
const INTERVAL = new RegExp(`^${TIME}\\s*[-–—]\\s*${TIME}$`);

/**
 * Reads what staff typed for one day, "08:00-14:00, 16:00-22:00" (empty or "closed": closed
 * that day), into intervals. Only the shape is checked here; the server checks overlaps and
 * names the problem.
 */
export function parseIntervals(text: string): Interval[] | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'closed') return [];
  const intervals: Interval[] = [];
  for (const part of trimmed.split(/[,;]/)) {
    const match = INTERVAL.exec(part.trim());
    if (!match) {
      return {
        error: `Write hours as 08:00-22:00, several separated by commas ("${part.trim()}").`,
      };
    }
    const opens = pad(match[1] ?? '');
    const closes = pad(match[2] ?? '');
    const outside = [opens, closes].find((time) => !isClockTime(time));
    if (outside !== undefined) {
      return { error: `Use times from 00:00 to 24:00 ("${outside}" is not one).` };
    }
    intervals.push({ opens, closes });
  }
  return intervals;
}

/** 00:00 to 23:59, and 24:00 for "until midnight": what the API's LocalTime accepts. */
function isClockTime(time: string): boolean {
  const [hours = Number.NaN, minutes = Number.NaN] = time.split(':').map(Number);
  return hours < 24 ? minutes < 60 : hours === 24 && minutes === 0;
}

function pad(time: string): string {
  return time.length === 4 ? `0${time}` : time;
}

/** The form's seven day fields as the API's weekly hours, or the first day that is wrong. */
export function weeklyHoursInput(
  textByDay: ReadonlyMap<Weekday, string>,
): OpeningHoursInput[] | { weekday: Weekday; error: string } {
  const hours: OpeningHoursInput[] = [];
  for (const { value } of WEEKDAYS) {
    const parsed = parseIntervals(textByDay.get(value) ?? '');
    if ('error' in parsed) return { weekday: value, error: parsed.error };
    hours.push(...parsed.map((interval) => ({ weekday: value, ...interval })));
  }
  return hours;
}

/**
 * The weekday a server path such as "openingHours[3].closes" is about: the index is into the
 * hours that were sent, which weeklyHoursInput built Monday first.
 */
export function weekdayOfPath(
  path: string | undefined,
  sent: readonly { weekday: Weekday }[],
): Weekday | undefined {
  const index = /\[(\d+)\]/.exec(path ?? '')?.[1];
  return index === undefined ? undefined : sent[Number(index)]?.weekday;
}

/** One day's intervals as staff edit them: "08:00-14:00, 16:00-22:00", empty when closed. */
export function editableIntervals(intervals: readonly Interval[]): string {
  return intervals.map(({ opens, closes }) => `${opens}-${closes}`).join(', ');
}
