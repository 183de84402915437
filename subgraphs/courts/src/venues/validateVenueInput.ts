import { courtsErrors } from '../errors/courtsErrors.js';
import { canonicalTimeZone } from '../schedule/timeZone.js';
import { normalizeText } from '../text/normalizeText.js';
import { checkOpeningHours } from './checkOpeningHours.js';
import type { Venue } from './venueEntity.js';
import type { CreateVenueInput, UpdateVenueInput } from './venueInput.js';

const NAME_MAX = 80;
const ADDRESS_MAX = 300;

type VenueFields = Pick<Venue, 'name' | 'address' | 'timeZone' | 'openingHours'>;

function checkName(raw: string): string {
  const name = normalizeText('name', raw, { label: true }).trim();
  const length = [...name].length;
  if (length < 1 || length > NAME_MAX) {
    throw courtsErrors.badUserInput(
      'name',
      `Give the venue a name of 1 to ${NAME_MAX} characters.`,
    );
  }
  return name;
}

function checkAddress(raw: string | null): string | null {
  if (raw === null) return null;
  const address = normalizeText('address', raw.replace(/\r\n?/g, '\n'), {
    label: true,
    allowLineBreaks: true,
  }).trim();
  if ([...address].length > ADDRESS_MAX) {
    throw courtsErrors.badUserInput('address', `Keep the address to ${ADDRESS_MAX} characters.`);
  }
  return address === '' ? null : address;
}

/** Returns the zone's canonical spelling, so that every venue stores a name Intl knows. */
function checkTimeZone(raw: string): string {
  const zone = canonicalTimeZone(raw.trim());
  if (zone === undefined) {
    throw courtsErrors.invalidTimeZone('timeZone', raw);
  }
  return zone;
}

export function validateCreateVenue(input: CreateVenueInput): VenueFields {
  return {
    name: checkName(input.name),
    address: checkAddress(input.address ?? null),
    timeZone: checkTimeZone(input.timeZone),
    openingHours: checkOpeningHours(input.openingHours ?? []),
  };
}

export function validateUpdateVenue(input: UpdateVenueInput): Partial<VenueFields> {
  const changes: Partial<VenueFields> = {};
  const refuseNull = (field: string): never => {
    throw courtsErrors.badUserInput(field, `${field} cannot be null; leave it out to keep it.`);
  };
  if (input.name !== undefined) changes.name = checkName(input.name ?? refuseNull('name'));
  if (input.address !== undefined) changes.address = checkAddress(input.address);
  if (input.timeZone !== undefined) {
    changes.timeZone = checkTimeZone(input.timeZone ?? refuseNull('timeZone'));
  }
  if (input.openingHours !== undefined) {
    changes.openingHours = checkOpeningHours(input.openingHours ?? refuseNull('openingHours'));
  }
  return changes;
}
