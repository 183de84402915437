import { IANAZone } from 'luxon';

/**
 * IANA time zones of venues. The runtime's ICU data decides which names exist, so new zones
 * arrive with Node.js updates. Offsets such as '+01:00' or 'UTC+1' are refused even where
 * Intl accepts them (Node 22 and later do): a fixed offset knows nothing of daylight saving
 * time, so a venue stored with one would show wrong hours for half of the year.
 */

/** Letters, digits, '_', '-' and '+' in '/'-separated parts, starting with a letter. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
/** The only IANA names carrying a signed number: 'Etc/GMT+5' and the like (and 'GMT+0'). */
const SIGNED_NAME = /^(?:Etc\/)?GMT[+-]\d{1,2}$/i;

/** 'Asia/Kathmandu', 'America/Argentina/Buenos_Aires': each part starts with a capital. */
const USUAL_CASING = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z][A-Za-z0-9_+-]*)*$/;

let namesByLowerCase: Map<string, string> | undefined;

function knownNames(): Map<string, string> {
  namesByLowerCase ??= new Map(
    [...Intl.supportedValuesOf('timeZone'), 'UTC'].map((name) => [name.toLowerCase(), name]),
  );
  return namesByLowerCase;
}

/**
 * The zone's name in its canonical casing ('europe/madrid' gives 'Europe/Madrid'), or
 * undefined when it is not an IANA zone name. A valid name the runtime lists under another
 * spelling is kept as the user wrote it when written in the usual casing: Node 20's ICU lists
 * 'Asia/Katmandu' where the IANA database now says 'Asia/Kathmandu', and a venue should keep
 * the current name. Otherwise it comes back as the runtime resolves it.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  if (!ZONE_NAME.test(zone)) return undefined;
  if (/[+-]\d/.test(zone) && !SIGNED_NAME.test(zone)) return undefined;
  const known = knownNames().get(zone.toLowerCase());
  if (known !== undefined) return known;
  if (!IANAZone.isValidZone(zone)) return undefined;
  if (USUAL_CASING.test(zone)) return zone;
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

export function isValidTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}

const zones = new Map<string, IANAZone>();

/**
 * The zone for computations. An invalid name here is a bug in the caller (venue zones are
 * validated when stored), hence a RangeError rather than a user-facing failure.
 */
function zoneNamed(zone: string): IANAZone {
  let found = zones.get(zone);
  if (found === undefined) {
    if (!isValidTimeZone(zone)) {
      throw new RangeError(`"${zone}" is not an IANA time zone; validate it with isValidTimeZone.`);
    }
    found = IANAZone.create(zone);
    zones.set(zone, found);
  }
  return found;
}

/** The zone's offset from UTC at an instant, in whole minutes (east of Greenwich positive). */
export function offsetMinutesAt(epochMs: number, zone: string): number {
  return Math.round(zoneNamed(zone).offset(epochMs));
}

/** Throws the RangeError described above when the zone cannot be used. */
export function assertTimeZone(zone: string): void {
  zoneNamed(zone);
}
