import { EntitySchema } from '@mikro-orm/core';

/** One weekly opening interval in wall-clock time; ISO weekday, Monday = 1. */
export interface StoredOpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface StoredTimeRange {
  opens: string;
  closes: string;
}

export interface Venue {
  id: string;
  name: string;
  address: string | null;
  /** IANA name, checked against the runtime's zone database when set. */
  timeZone: string;
  openingHours: StoredOpeningHours[];
  isDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Hours of one date that replace the weekly ones. */
export interface VenueHoursException {
  venueId: string;
  /** YYYY-MM-DD in the venue's time zone. */
  date: string;
  closed: boolean;
  intervals: StoredTimeRange[];
  reason: string | null;
}

export const VENUE_NAME_UNIQUE_INDEX = 'venues_name_lower_unique';

export const VenueSchema = new EntitySchema<Venue>({
  name: 'Venue',
  tableName: 'venues',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 80 },
    address: { type: 'string', length: 300, nullable: true },
    timeZone: { type: 'string' },
    openingHours: { type: 'json' },
    isDefault: { type: 'boolean' },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
    updatedAt: {
      type: 'Date',
      columnType: 'timestamptz',
      onCreate: () => new Date(),
      onUpdate: () => new Date(),
    },
  },
});

export const VenueHoursExceptionSchema = new EntitySchema<VenueHoursException>({
  name: 'VenueHoursException',
  tableName: 'venue_hours_exceptions',
  properties: {
    venueId: { type: 'uuid', primary: true },
    // Kept as text in JS: a DATE read into a Date would shift with the process time zone.
    date: { type: 'string', columnType: 'date', primary: true },
    closed: { type: 'boolean' },
    intervals: { type: 'json' },
    reason: { type: 'string', length: 200, nullable: true },
  },
});
