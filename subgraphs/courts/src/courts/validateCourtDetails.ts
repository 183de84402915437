import { courtsErrors } from '../errors/courtsErrors.js';
import { normalizeText } from '../text/normalizeText.js';
import type { Court } from './courtEntity.js';
import type { CreateCourtInput, UpdateCourtInput } from './courtInput.js';

const AMENITIES_MAX = 20;
const AMENITY_MAX_LENGTH = 40;
const PHOTOS_MAX = 10;
const PHOTO_URL_MAX_LENGTH = 2000;
export const DESCRIPTION_MAX = 2000;

export type CourtDetails = Pick<
  Court,
  'format' | 'lights' | 'playerCapacity' | 'amenities' | 'description' | 'photoUrls'
>;

function checkAmenities(raw: string[]): string[] {
  if (raw.length > AMENITIES_MAX) {
    throw courtsErrors.badUserInput('amenities', `List at most ${AMENITIES_MAX} amenities.`);
  }
  const amenities = raw.map((item) => normalizeText('amenities', item, { label: true }).trim());
  if (amenities.some((item) => item === '' || [...item].length > AMENITY_MAX_LENGTH)) {
    throw courtsErrors.badUserInput(
      'amenities',
      `Name each amenity in 1 to ${AMENITY_MAX_LENGTH} characters.`,
    );
  }
  // The same amenity twice says nothing more; keep the first, in the order staff gave.
  return [...new Set(amenities)];
}

function checkPhotoUrls(raw: string[]): string[] {
  if (raw.length > PHOTOS_MAX) {
    throw courtsErrors.badUserInput('photoUrls', `Give at most ${PHOTOS_MAX} photo addresses.`);
  }
  return raw.map((text) => {
    let url: URL | null = null;
    try {
      url = text.length <= PHOTO_URL_MAX_LENGTH ? new URL(text) : null;
    } catch {
      url = null;
    }
    // Pages are served over HTTPS; an http: or javascript: address would be mixed or unsafe.
    if (!url || url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
      throw courtsErrors.badUserInput(
        'photoUrls',
        `Give each photo as an https:// address of at most ${PHOTO_URL_MAX_LENGTH} characters, ` +
          'without a user name or password.',
      );
    }
    return url.href;
  });
}

function checkDescription(raw: string | null): string | null {
  if (raw === null) return null;
  // Paragraphs are welcome in a description: line breaks are allowed, other controls are not.
  const description = normalizeText('description', raw.replace(/\r\n?/g, '\n'), {
    label: true,
    allowLineBreaks: true,
  }).trim();
  if ([...description].length > DESCRIPTION_MAX) {
    throw courtsErrors.badUserInput(
      'description',
      `Keep the description to ${DESCRIPTION_MAX} characters.`,
    );
  }
  return description === '' ? null : description;
}

function checkCapacity(raw: number | null): number | null {
  if (raw !== null && (!Number.isInteger(raw) || raw < 1 || raw > 100)) {
    throw courtsErrors.badUserInput('playerCapacity', 'Give a player capacity from 1 to 100.');
  }
  return raw;
}

/** The details of a new court, with defaults for what the input leaves out. */
export function validateCreateDetails(input: CreateCourtInput): CourtDetails {
  return {
    format: input.format ?? null,
    lights: input.lights ?? false,
    playerCapacity: checkCapacity(input.playerCapacity ?? null),
    amenities: checkAmenities(input.amenities ?? []),
    description: checkDescription(input.description ?? null),
    photoUrls: checkPhotoUrls(input.photoUrls ?? []),
  };
}

/** Only the details an update changes; null clears the nullable ones and empties the lists. */
export function validateUpdateDetails(input: UpdateCourtInput): Partial<CourtDetails> {
  const changes: Partial<CourtDetails> = {};
  if (input.format !== undefined) changes.format = input.format;
  if (input.lights !== undefined) {
    if (input.lights === null) {
      throw courtsErrors.badUserInput('lights', 'lights cannot be null; leave it out to keep it.');
    }
    changes.lights = input.lights;
  }
  if (input.playerCapacity !== undefined) {
    changes.playerCapacity = checkCapacity(input.playerCapacity);
  }
  if (input.amenities !== undefined) changes.amenities = checkAmenities(input.amenities ?? []);
  if (input.description !== undefined) changes.description = checkDescription(input.description);
  if (input.photoUrls !== undefined) changes.photoUrls = checkPhotoUrls(input.photoUrls ?? []);
  return changes;
}
