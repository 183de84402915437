/** `CreateBookingInput` as GraphQL hands it over. */
export interface CreateBookingInput {
  courtId: string;
  start: string;
  end: string;
  idempotencyKey?: string | null;
  userId?: string | null;
  overrideRules?: boolean | null;
  overrideReason?: string | null;
}

/** Who is asking, and whether they hold bookings:manage. */
export interface BookingCaller {
  userId: string;
  canManage: boolean;
}
