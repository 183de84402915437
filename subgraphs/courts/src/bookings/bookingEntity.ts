import { EntitySchema } from '@mikro-orm/core';

export const BOOKING_STATUSES = ['CONFIRMED', 'CANCELLED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A court held by one user for the half-open interval [startsAt, endsAt). */
export interface Booking {
  id: string;
  courtId: string;
  /** Whom the court is booked for: a users-subgraph id. */
  userId: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  /** Frozen at creation: the court's rate times the real duration, in minor units. */
  priceAmount: number;
  priceCurrency: string;
  /** The user, or staff booking for them. */
  createdBy: string;
  createdAt: Date;
  idempotencyKey: string | null;
  /** Rules staff overrode, as `BookingRule` names; empty for most bookings. */
  overriddenRules: string[];
  overrideReason: string | null;
  flaggedByMaintenance: boolean;
  cancelledBy: string | null;
  cancelledAt: Date | null;
  cancellationReason: string | null;
}

/** The exclusion constraint that makes PostgreSQL refuse two overlapping confirmed bookings. */
export const BOOKING_OVERLAP_CONSTRAINT = 'bookings_no_overlap';
/** One idempotency key per booker names one booking. */
export const BOOKING_IDEMPOTENCY_INDEX = 'bookings_idempotency_unique';

export const BookingSchema = new EntitySchema<Booking>({
  name: 'Booking',
  tableName: 'bookings',
  properties: {
    id: { type: 'uuid', primary: true },
    courtId: { type: 'uuid' },
    userId: { type: 'uuid' },
    startsAt: { type: 'Date', columnType: 'timestamptz' },
    endsAt: { type: 'Date', columnType: 'timestamptz' },
    status: { type: 'string' },
    priceAmount: { type: 'integer' },
    priceCurrency: { type: 'string', columnType: 'char(3)' },
    createdBy: { type: 'uuid' },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
    idempotencyKey: { type: 'string', length: 100, nullable: true },
    overriddenRules: { type: 'json' },
    overrideReason: { type: 'string', length: 500, nullable: true },
    flaggedByMaintenance: { type: 'boolean' },
    cancelledBy: { type: 'uuid', nullable: true },
    cancelledAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    cancellationReason: { type: 'string', length: 500, nullable: true },
  },
});
