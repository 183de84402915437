import type { CourtFormat, CourtStatus, Sport } from '../generated/graphql';

/** Every sport the schema knows, in the order the filter and the form list them. */
export const SPORTS: readonly { value: Sport; label: string }[] = [
  { value: 'TENNIS', label: 'Tennis' },
  { value: 'PADEL', label: 'Padel' },
  { value: 'BADMINTON', label: 'Badminton' },
  { value: 'SQUASH', label: 'Squash' },
  { value: 'PICKLEBALL', label: 'Pickleball' },
  { value: 'BASKETBALL', label: 'Basketball' },
  { value: 'VOLLEYBALL', label: 'Volleyball' },
  { value: 'FUTSAL', label: 'Futsal' },
];

export const STATUSES: readonly { value: CourtStatus; label: string }[] = [
  { value: 'ACTIVE', label: 'Open' },
  { value: 'MAINTENANCE', label: 'Under maintenance' },
  { value: 'CLOSED', label: 'Closed' },
];

export const FORMATS: readonly { value: CourtFormat; label: string }[] = [
  { value: 'SINGLES', label: 'Singles' },
  { value: 'DOUBLES', label: 'Doubles' },
  { value: 'FIVE_A_SIDE', label: 'Five-a-side' },
  { value: 'SEVEN_A_SIDE', label: 'Seven-a-side' },
  { value: 'FULL_COURT', label: 'Full court' },
  { value: 'HALF_COURT', label: 'Half court' },
];

export function formatLabel(format: CourtFormat): string {
  return FORMATS.find((item) => item.value === format)?.label ?? format;
}

export function isCourtFormat(value: string | null): value is CourtFormat {
  return FORMATS.some((item) => item.value === value);
}

export function isCourtStatus(value: string | null): value is CourtStatus {
  return STATUSES.some((item) => item.value === value);
}

export function sportLabel(sport: Sport): string {
  return SPORTS.find((item) => item.value === sport)?.label ?? sport;
}

export function statusLabel(status: CourtStatus): string {
  return STATUSES.find((item) => item.value === status)?.label ?? status;
}

export function isSport(value: string | null): value is Sport {
  return SPORTS.some((item) => item.value === value);
}

/** Minor units as the visitor's locale writes the currency: 2400 EUR is "€24.00". */
export function formatMoney({ amount, currency }: { amount: number; currency: string }): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount / 100);
  } catch {
    return `${(amount / 100).toFixed(2)} ${currency}`;
  }
}
