import { EntitySchema } from '@mikro-orm/core';

import type { CourtFormat, CourtStatus, Sport } from './courtEnums.js';

/** When and how a court may be booked; see `BookingRules` in schema.graphql. */
export interface CourtBookingRules {
  slotIntervalMinutes: number;
  minDurationMinutes: number;
  maxDurationMinutes: number;
  minNoticeMinutes: number;
  maxAdvanceDays: number;
  /** null: the owner may cancel until the end; 0: until the start. */
  cancellationCutoffMinutes: number | null;
  /** null: no limit. */
  maxActiveBookingsPerUser: number | null;
}

export interface Court extends CourtBookingRules {
  id: string;
  venueId: string;
  name: string;
  sport: Sport;
  format: CourtFormat | null;
  surface: string | null;
  indoor: boolean;
  lights: boolean;
  playerCapacity: number | null;
  amenities: string[];
  description: string | null;
  photoUrls: string[];
  status: CourtStatus;
  /** Set when archived: no new bookings, history kept. */
  archivedAt: Date | null;
  /** Minor units of `hourlyRateCurrency` (cents for EUR), 0..10_000_000. */
  hourlyRateAmount: number;
  /** ISO 4217 code, three capital letters. */
  hourlyRateCurrency: string;
  /** A users-subgraph id; no foreign key, users live in another database. Null for demo data. */
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The unique index (made by the migrations) behind "names are unique per venue, any case". */
export const COURT_NAME_UNIQUE_INDEX = 'courts_venue_name_lower_unique';

/** Maps `Court` onto the table made by the migrations; the schema is never synced from here. */
export const CourtSchema = new EntitySchema<Court>({
  name: 'Court',
  tableName: 'courts',
  properties: {
    id: { type: 'uuid', primary: true },
    venueId: { type: 'uuid' },
    name: { type: 'string', length: 80 },
    sport: { type: 'string' },
    format: { type: 'string', nullable: true },
    surface: { type: 'string', length: 40, nullable: true },
    indoor: { type: 'boolean' },
    lights: { type: 'boolean' },
    playerCapacity: { type: 'integer', nullable: true },
    amenities: { type: 'json' },
    description: { type: 'string', length: 2000, nullable: true },
    photoUrls: { type: 'json' },
    status: { type: 'string' },
    archivedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    slotIntervalMinutes: { type: 'integer' },
    minDurationMinutes: { type: 'integer' },
    maxDurationMinutes: { type: 'integer' },
    minNoticeMinutes: { type: 'integer' },
    maxAdvanceDays: { type: 'integer' },
    cancellationCutoffMinutes: { type: 'integer', nullable: true },
    maxActiveBookingsPerUser: { type: 'integer', nullable: true },
    hourlyRateAmount: { type: 'integer' },
    hourlyRateCurrency: { type: 'string', columnType: 'char(3)' },
    createdBy: { type: 'uuid', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
    updatedAt: {
      type: 'Date',
      columnType: 'timestamptz',
      onCreate: () => new Date(),
      onUpdate: () => new Date(),
    },
  },
});
