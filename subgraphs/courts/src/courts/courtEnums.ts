/** Kept in step with the GraphQL enums and the CHECK constraints of the courts table. */
export const SPORTS = [
  'TENNIS',
  'PADEL',
  'BADMINTON',
  'SQUASH',
  'PICKLEBALL',
  'BASKETBALL',
  'VOLLEYBALL',
  'FUTSAL',
] as const;
export type Sport = (typeof SPORTS)[number];

export const COURT_STATUSES = ['ACTIVE', 'MAINTENANCE', 'CLOSED'] as const;
export type CourtStatus = (typeof COURT_STATUSES)[number];

export const COURT_FORMATS = [
  'SINGLES',
  'DOUBLES',
  'FIVE_A_SIDE',
  'SEVEN_A_SIDE',
  'FULL_COURT',
  'HALF_COURT',
] as const;
export type CourtFormat = (typeof COURT_FORMATS)[number];
