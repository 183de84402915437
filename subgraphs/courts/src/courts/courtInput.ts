import type { CourtFormat, CourtStatus, Sport } from './courtEnums.js';

export interface MoneyInput {
  amount: number;
  currency: string;
}

/** `BookingRulesInput`: an absent field keeps its value; null clears a nullable rule. */
export interface BookingRulesInput {
  slotIntervalMinutes?: number | null;
  minDurationMinutes?: number | null;
  maxDurationMinutes?: number | null;
  minNoticeMinutes?: number | null;
  maxAdvanceDays?: number | null;
  cancellationCutoffMinutes?: number | null;
  maxActiveBookingsPerUser?: number | null;
}

/** The descriptive fields create and update share; absent keeps, null clears. */
interface CourtDetailsInput {
  format?: CourtFormat | null;
  surface?: string | null;
  lights?: boolean | null;
  playerCapacity?: number | null;
  amenities?: string[] | null;
  description?: string | null;
  photoUrls?: string[] | null;
  status?: CourtStatus | null;
  bookingRules?: BookingRulesInput | null;
}

/** `CreateCourtInput` as GraphQL hands it over (enums already checked by the schema). */
export interface CreateCourtInput extends CourtDetailsInput {
  name: string;
  sport: Sport;
  indoor: boolean;
  hourlyRate: MoneyInput;
  venueId?: string | null;
}

/** `UpdateCourtInput`: an absent field stays as it is. */
export interface UpdateCourtInput extends CourtDetailsInput {
  name?: string | null;
  sport?: Sport | null;
  indoor?: boolean | null;
  hourlyRate?: MoneyInput | null;
}
