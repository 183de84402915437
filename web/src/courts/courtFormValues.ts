import type {
  CourtDetailsFragment,
  CourtFieldsFragment,
  CourtFormat,
  CreateCourtInput,
} from '../generated/graphql';
import { formText } from '../layout/formText';
import { isCourtFormat, isCourtStatus, isSport } from './labels';

/** What the court form shows: a court's fields as the API returns them. */
export type CourtFormValues = Omit<
  CourtFieldsFragment,
  '__typename' | 'id' | 'updatedAt' | 'archivedAt' | 'venue'
> &
  Omit<CourtDetailsFragment, '__typename'>;

/** A new court starts with the server's default rules (validateBookingRules.ts), shown. */
export const NEW_COURT: CourtFormValues = {
  name: '',
  sport: 'TENNIS',
  indoor: false,
  surface: null,
  status: 'ACTIVE',
  hourlyRate: { __typename: 'Money', amount: 2000, currency: 'EUR' },
  format: null,
  lights: false,
  playerCapacity: null,
  amenities: [],
  description: null,
  photoUrls: [],
  bookingRules: {
    __typename: 'BookingRules',
    slotIntervalMinutes: 30,
    minDurationMinutes: 60,
    maxDurationMinutes: 120,
    minNoticeMinutes: 0,
    maxAdvanceDays: 14,
    cancellationCutoffMinutes: 1440,
    maxActiveBookingsPerUser: null,
  },
};

/** The form field a problem belongs beside; anything else shows above the form. */
export type CourtField =
  | 'name'
  | 'surface'
  | 'amount'
  | 'currency'
  | 'playerCapacity'
  | 'amenities'
  | 'description'
  | 'photoUrls'
  | RuleField;

export const RULE_FIELDS = [
  'slotIntervalMinutes',
  'minDurationMinutes',
  'maxDurationMinutes',
  'minNoticeMinutes',
  'maxAdvanceDays',
  'cancellationCutoffMinutes',
  'maxActiveBookingsPerUser',
] as const;

export type RuleField = (typeof RULE_FIELDS)[number];

/** The hourly rate the API accepts, in minor units (cents): validateCourtInput.ts's limit. */
export const AMOUNT_MAX = 10_000_000;

/**
 * Each rule's range as the server checks it (validateBookingRules.ts), checked here first so
 * that no number outside GraphQL's 32-bit Int reaches the API as a raw coercion error.
 */
export const RULE_LIMITS: Readonly<Record<RuleField, { min: number; max: number }>> = {
  slotIntervalMinutes: { min: 5, max: 1440 },
  minDurationMinutes: { min: 1, max: 1440 },
  maxDurationMinutes: { min: 1, max: 1440 },
  minNoticeMinutes: { min: 0, max: 525_600 },
  maxAdvanceDays: { min: 0, max: 730 },
  cancellationCutoffMinutes: { min: 0, max: 525_600 },
  maxActiveBookingsPerUser: { min: 1, max: 1000 },
};

const CAPACITY_MAX = 100;

/** Rules whose empty field means "no limit" (null) rather than a missing number. */
const NULLABLE_RULES: ReadonlySet<RuleField> = new Set([
  'cancellationCutoffMinutes',
  'maxActiveBookingsPerUser',
]);

export type ReadResult = { input: CreateCourtInput } | { field: CourtField; message: string };

/** Reads the submitted form into the API's input; a malformed number names its field. */
export function readCourtForm(form: FormData, fallback: CourtFormValues): ReadResult {
  const price = Number(formText(form, 'price').replace(',', '.'));
  const amount = Math.round(price * 100);
  if (!Number.isFinite(price) || amount < 0 || amount > AMOUNT_MAX) {
    return {
      field: 'amount',
      message: `Enter a price from 0 to ${(AMOUNT_MAX / 100).toLocaleString('en')}.`,
    };
  }
  const capacity = optionalWholeNumber(formText(form, 'playerCapacity'));
  if (capacity === 'invalid' || (capacity !== null && (capacity < 1 || capacity > CAPACITY_MAX))) {
    return {
      field: 'playerCapacity',
      message: `Enter from 1 to ${CAPACITY_MAX} players, or leave it empty.`,
    };
  }
  const rules: Record<string, number | null> = {};
  for (const rule of RULE_FIELDS) {
    const value = optionalWholeNumber(formText(form, rule));
    const { min, max } = RULE_LIMITS[rule];
    const outside = value !== null && value !== 'invalid' && (value < min || value > max);
    if (value === 'invalid' || outside || (value === null && !NULLABLE_RULES.has(rule))) {
      const empty = NULLABLE_RULES.has(rule) ? ', or leave it empty' : '';
      return { field: rule, message: `Enter a whole number from ${min} to ${max}${empty}.` };
    }
    rules[rule] = value;
  }

  const sport = formText(form, 'sport');
  const status = formText(form, 'status');
  const format = formText(form, 'format');
  const venueId = formText(form, 'venueId');
  return {
    input: {
      ...(venueId === '' ? {} : { venueId }),
      name: formText(form, 'name').trim(),
      sport: isSport(sport) ? sport : fallback.sport,
      status: isCourtStatus(status) ? status : fallback.status,
      format: isCourtFormat(format) ? format : (null satisfies CourtFormat | null),
      indoor: form.get('indoor') === 'on',
      lights: form.get('lights') === 'on',
      surface: optionalText(formText(form, 'surface')),
      playerCapacity: capacity,
      amenities: listOf(formText(form, 'amenities'), /[,\n]/),
      description: optionalText(formText(form, 'description')),
      photoUrls: listOf(formText(form, 'photoUrls'), /\s+/),
      hourlyRate: {
        amount,
        currency: formText(form, 'currency').trim().toUpperCase(),
      },
      bookingRules: rules,
    },
  };
}

function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function optionalWholeNumber(value: string): number | null | 'invalid' {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : 'invalid';
}

function listOf(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
