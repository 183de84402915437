import type { CourtStatus, Sport } from './courtEnums.js';

export interface MoneyInput {
  amount: number;
  currency: string;
}

/** `CreateCourtInput` as GraphQL hands it over (enums already checked by the schema). */
export interface CreateCourtInput {
  name: string;
  sport: Sport;
  indoor: boolean;
  hourlyRate: MoneyInput;
  surface?: string | null;
  status?: CourtStatus | null;
}

/** `UpdateCourtInput`: an absent field stays as it is; only `surface` may be set to null. */
export interface UpdateCourtInput {
  name?: string | null;
  sport?: Sport | null;
  indoor?: boolean | null;
  hourlyRate?: MoneyInput | null;
  surface?: string | null;
  status?: CourtStatus | null;
}
