/**
 * A number of minutes as a person says it: "45 minutes", "24 hours", "2 days", "1 hour 30
 * minutes". Court rules are stored in minutes; "2880 minutes ahead" reads as a riddle.
 */
export function formatMinutes(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (minutes > 0 && minutes % 1440 === 0) return unit(days, 'day');
  const parts = [
    ...(days > 0 ? [unit(days, 'day')] : []),
    ...(hours > 0 ? [unit(hours, 'hour')] : []),
    ...(rest > 0 || minutes === 0 ? [unit(rest, 'minute')] : []),
  ];
  return parts.join(' ');
}

function unit(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}
