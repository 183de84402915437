/**
 * Wall-clock times of day, 'HH:MM', as minutes after local midnight. '24:00' (the midnight
 * that ends a day) exists only where a closing time is expected.
 */

export const MINUTES_PER_DAY = 1440;

const WALL_TIME = /^(\d{2}):(\d{2})$/;

/** Minutes after midnight, or undefined when the text is not a time of day. */
export function parseWallTime(text: string, options: { allow24: boolean }): number | undefined {
  const match = WALL_TIME.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (options.allow24 && hours === 24 && minutes === 0) return MINUTES_PER_DAY;
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

export function formatWallTime(minutesAfterMidnight: number): string {
  const hours = Math.floor(minutesAfterMidnight / 60);
  const minutes = minutesAfterMidnight % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
