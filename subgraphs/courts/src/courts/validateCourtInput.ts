import { courtsErrors } from '../errors/courtsErrors.js';
import { normalizeText } from '../text/normalizeText.js';
import type { Court, CourtBookingRules } from './courtEntity.js';
import type { CreateCourtInput, MoneyInput, UpdateCourtInput } from './courtInput.js';
import { applyBookingRules, DEFAULT_BOOKING_RULES } from './validateBookingRules.js';
import { validateCreateDetails, validateUpdateDetails } from './validateCourtDetails.js';

export const NAME_MAX = 80;
export const SURFACE_MAX = 40;
export const AMOUNT_MAX = 10_000_000;
const CURRENCY = /^[A-Z]{3}$/;
/**
 * ISO 4217 codes as the runtime's ICU data knows them (about 160): a rate in "ZZZ" could not
 * be shown or charged. ICU updates with Node.js releases, which is how new currencies arrive.
 */
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Everything a court row holds that an input sets; the venue is resolved by the caller. */
export type NewCourtFields = Omit<
  Court,
  'id' | 'venueId' | 'archivedAt' | 'createdBy' | 'createdAt' | 'updatedAt'
>;

type CourtChanges = Partial<NewCourtFields>;

function checkName(raw: string): string {
  // NFC before the length check and storage: the unique index then sees one form per name.
  const name = normalizeText('name', raw, { label: true }).trim();
  // Count code points, not UTF-16 units, to agree with PostgreSQL's varchar(80).
  const length = [...name].length;
  if (length < 1 || length > NAME_MAX) {
    throw courtsErrors.badUserInput(
      'name',
      `Give the court a name of 1 to ${NAME_MAX} characters.`,
    );
  }
  return name;
}

function checkSurface(raw: string | null): string | null {
  if (raw === null) return null;
  const surface = normalizeText('surface', raw, { label: true }).trim();
  if ([...surface].length > SURFACE_MAX) {
    throw courtsErrors.badUserInput(
      'surface',
      `Describe the surface in at most ${SURFACE_MAX} characters.`,
    );
  }
  return surface === '' ? null : surface;
}

function checkMoney(money: MoneyInput): Pick<Court, 'hourlyRateAmount' | 'hourlyRateCurrency'> {
  if (!Number.isInteger(money.amount) || money.amount < 0 || money.amount > AMOUNT_MAX) {
    throw courtsErrors.badUserInput(
      'hourlyRate.amount',
      `Give the hourly rate in minor units (cents), from 0 to ${AMOUNT_MAX}.`,
    );
  }
  if (!CURRENCY.test(money.currency)) {
    throw courtsErrors.badUserInput(
      'hourlyRate.currency',
      'Give the currency as an ISO 4217 code of three capital letters, such as EUR.',
    );
  }
  if (!KNOWN_CURRENCIES.has(money.currency)) {
    throw courtsErrors.badUserInput(
      'hourlyRate.currency',
      `${money.currency} is not an ISO 4217 currency in use; give one such as EUR or USD.`,
    );
  }
  return { hourlyRateAmount: money.amount, hourlyRateCurrency: money.currency };
}

function refuseNull(field: string): never {
  throw courtsErrors.badUserInput(field, `${field} cannot be null; leave it out to keep it.`);
}

/** Checks and normalises a create input; throws BAD_USER_INPUT naming the first bad field. */
export function validateCreateCourt(input: CreateCourtInput): NewCourtFields {
  return {
    name: checkName(input.name),
    sport: input.sport,
    indoor: input.indoor,
    surface: checkSurface(input.surface ?? null),
    status: input.status ?? 'ACTIVE',
    ...checkMoney(input.hourlyRate),
    ...validateCreateDetails(input),
    ...applyBookingRules(DEFAULT_BOOKING_RULES, input.bookingRules),
  };
}

/**
 * Checks an update input and returns only the columns it changes. The booking rules are
 * checked together with the court's `current` ones, since they depend on each other.
 */
export function validateUpdateCourt(
  input: UpdateCourtInput,
  current: CourtBookingRules,
): CourtChanges {
  const changes: CourtChanges = { ...validateUpdateDetails(input) };
  if (input.name !== undefined) changes.name = checkName(input.name ?? refuseNull('name'));
  if (input.sport !== undefined) changes.sport = input.sport ?? refuseNull('sport');
  if (input.indoor !== undefined) changes.indoor = input.indoor ?? refuseNull('indoor');
  if (input.status !== undefined) changes.status = input.status ?? refuseNull('status');
  if (input.surface !== undefined) changes.surface = checkSurface(input.surface);
  if (input.hourlyRate !== undefined) {
    Object.assign(changes, checkMoney(input.hourlyRate ?? refuseNull('hourlyRate')));
  }
  if (input.bookingRules !== undefined) {
    Object.assign(changes, applyBookingRules(current, input.bookingRules));
  }
  return changes;
}
