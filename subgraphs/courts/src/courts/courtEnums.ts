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
