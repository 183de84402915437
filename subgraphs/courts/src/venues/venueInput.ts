/** `Weekday` as GraphQL hands it over. */
export type WeekdayName =
  | 'MONDAY'
  | 'TUESDAY'
  | 'WEDNESDAY'
  | 'THURSDAY'
  | 'FRIDAY'
  | 'SATURDAY'
  | 'SUNDAY';

export const WEEKDAYS: readonly WeekdayName[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

export interface OpeningHoursInput {
  weekday: WeekdayName;
  opens: string;
  closes: string;
}

export interface CreateVenueInput {
  name: string;
  address?: string | null;
  timeZone: string;
  openingHours?: OpeningHoursInput[] | null;
}

export interface UpdateVenueInput {
  name?: string | null;
  address?: string | null;
  timeZone?: string | null;
  openingHours?: OpeningHoursInput[] | null;
}

export interface HoursExceptionInput {
  date: string;
  closed: boolean;
  intervals?: { opens: string; closes: string }[] | null;
  reason?: string | null;
}
