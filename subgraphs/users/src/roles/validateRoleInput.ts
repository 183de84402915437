import { errors } from '../errors/errors.js';
import { normalizeLabel } from '../users/normalizeLabel.js';

/** Lower-case, starts with a letter, 2 to 32 characters; also rules out control characters. */
const ROLE_NAME = /^[a-z][a-z0-9_-]{1,31}$/;
/** The catalog's own rule (`permissions_name_format`); other strings cannot be permissions. */
const PERMISSION_NAME = /^[a-z]+:[a-z]+$/;
const DESCRIPTION_MAX = 200;

export function isRoleName(name: string): boolean {
  return ROLE_NAME.test(name);
}

export function validRoleName(name: string): string {
  if (!isRoleName(name)) {
    throw errors.invalidInput(
      'name',
      'Choose a role name of 2 to 32 characters: lower-case letters, digits, "_" or "-", ' +
        'starting with a letter, such as "front-desk".',
    );
  }
  return name;
}

export function validRoleDescription(raw: string): string {
  const description = normalizeLabel('description', 'the description', raw).trim();
  if ([...description].length > DESCRIPTION_MAX) {
    throw errors.invalidInput(
      'description',
      `Write a description of at most ${DESCRIPTION_MAX} characters.`,
    );
  }
  return description;
}

/**
 * Sorted, de-duplicated permission names. A name that cannot exist is refused here, naming
 * it, so no malformed string (NUL) reaches PostgreSQL; existence is checked by the caller.
 */
export function validPermissionNames(names: readonly string[]): string[] {
  const malformed = names.find((name) => !PERMISSION_NAME.test(name));
  if (malformed !== undefined) {
    throw errors.unknownPermission(malformed);
  }
  return [...new Set(names)].sort();
}
