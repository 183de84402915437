import type { CourtField, RuleField } from './courtFormValues';

/** The booking rules' labels on the form, which server messages are rewritten into. */
export const RULE_LABELS: Readonly<Record<RuleField, string>> = {
  slotIntervalMinutes: 'Slot interval (minutes)',
  minDurationMinutes: 'Shortest booking (minutes)',
  maxDurationMinutes: 'Longest booking (minutes)',
  minNoticeMinutes: 'Minimum notice (minutes)',
  maxAdvanceDays: 'Bookable days ahead',
  cancellationCutoffMinutes: 'Cancel online until (minutes before start)',
  maxActiveBookingsPerUser: 'Active bookings per member',
};

/** Every court form field's label, keyed by the last part of its API path. */
export const COURT_FIELD_LABELS: Readonly<Record<CourtField, string>> = {
  name: 'Name',
  surface: 'Surface',
  amount: 'Price per hour',
  currency: 'Currency',
  playerCapacity: 'Players',
  amenities: 'Amenities',
  description: 'Description',
  photoUrls: 'Photo addresses',
  ...RULE_LABELS,
};
