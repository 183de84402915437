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

/** Rules whose empty field means "no limit" (null) rather than a missing number. */
const NULLABLE_RULES: ReadonlySet<RuleField> = new Set([
  'cancellationCutoffMinutes',
  'maxActiveBookingsPerUser',
]);

export type ReadResult = { input: CreateCourtInput } | { field: CourtField; message: string };

/** Reads the submitted form into the API's input; a malformed number names its field. */
export function readCourtForm(form: FormData, fallback: CourtFormValues): ReadResult {
  const price = Number(formText(form, 'price').replace(',', '.'));
  if (!Number.isFinite(price) || price < 0) {
    return { field: 'amount', message: 'Enter a price of 0 or more.' };
  }
  const capacity = optionalWholeNumber(formText(form, 'playerCapacity'));
  if (capacity === 'invalid') {
    return { field: 'playerCapacity', message: 'Enter the number of players, or leave it empty.' };
  }
  const rules: Record<string, number | null> = {};
  for (const rule of RULE_FIELDS) {
    const value = optionalWholeNumber(formText(form, rule));
    if (value === 'invalid' || (value === null && !NULLABLE_RULES.has(rule))) {
      return { field: rule, message: 'Enter a whole number of 0 or more.' };
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
        amount: Math.round(price * 100),
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
