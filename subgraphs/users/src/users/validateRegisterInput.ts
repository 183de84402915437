import { errors } from '../errors/errors.js';
import { hasBidiControl } from './hasBidiControl.js';
import { hasControlCharacter } from './hasControlCharacter.js';
import { hasVisibleCharacter } from './hasVisibleCharacter.js';
import { isCommonPassword } from './isCommonPassword.js';
import { isValidUsername } from './isValidUsername.js';
import { normalizeLabel } from './normalizeLabel.js';

export interface RegisterInput {
  username: string;
  email: string;
  password: string;
  displayName: string;
}

// Shape only (something@domain.tld): whether the address exists is not ours to decide here.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const EMAIL_MAX = 254;
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;
const DISPLAY_NAME_MAX = 64;

/**
 * Checks every field in a fixed order and throws BAD_USER_INPUT naming the first bad one.
 * Returns the values to store: email trimmed, display name in NFC and trimmed, password in
 * NFC. No field may hold a control character: besides corrupting logs, PostgreSQL rejects
 * NUL, which would surface as a server error instead of an answer the user can act on.
 */
export function validateRegisterInput(input: RegisterInput): RegisterInput {
  if (!isValidUsername(input.username)) {
    throw errors.invalidInput(
      'username',
      'Choose a username of 3 to 32 characters: letters, digits, "_", "." or "-".',
    );
  }
  const email = validEmail(input.email);
  const password = validPassword(input.password);
  const displayName = validDisplayName(input.displayName);
  return { username: input.username, email, password, displayName };
}

/** Other users see display names, so nothing in one may hide or reorder what it shows. */
export function validDisplayName(raw: string): string {
  const displayName = normalizeLabel('displayName', 'the display name', raw).trim();
  // Counted in NFC code points, as stored: "e" plus a combining accent is one "é".
  const length = [...displayName].length;
  if (length < 1 || length > DISPLAY_NAME_MAX) {
    throw errors.invalidInput(
      'displayName',
      `Enter a display name of 1 to ${DISPLAY_NAME_MAX} characters.`,
    );
  }
  if (!hasVisibleCharacter(displayName)) {
    throw errors.invalidInput(
      'displayName',
      'Enter a display name with at least one visible letter, digit or symbol.',
    );
  }
  return displayName;
}

export function validEmail(raw: string): string {
  const email = raw.trim();
  if (hasControlCharacter(email)) {
    throw errors.invalidInput(
      'email',
      'Remove the control characters (such as NUL) from the email address.',
    );
  }
  if (hasBidiControl(email)) {
    throw errors.invalidInput(
      'email',
      'Remove the text direction characters (such as a right-to-left override) from the ' +
        'email address: they make it display differently from where mail goes.',
    );
  }
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) {
    throw errors.invalidInput('email', 'Enter an email address such as name@example.com.');
  }
  return email;
}

/**
 * Returns the password in NFC: keyboards and systems type "ä" either precomposed or as "a"
 * plus a combining diaeresis, and the user must be able to sign in with either. `field` names
 * the input in errors (`newPassword` for changePassword).
 */
export function validPassword(raw: string, field = 'password'): string {
  const password = raw.normalize('NFC');
  // Length in characters of the NFC form, not UTF-16 units, so emoji count once.
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw errors.invalidInput(
      field,
      `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`,
    );
  }
  if (password.trim() === '') {
    throw errors.invalidInput(
      field,
      'A password made only of spaces or other blank characters is easy to guess. ' +
        'Include letters, digits or symbols.',
    );
  }
  if (hasControlCharacter(password)) {
    throw errors.invalidInput(
      field,
      'Remove the control characters (such as tab or NUL) from the password: ' +
        'they cannot be typed reliably when signing in.',
    );
  }
  if (isCommonPassword(password)) {
    throw errors.commonPassword(field);
  }
  return password;
}
