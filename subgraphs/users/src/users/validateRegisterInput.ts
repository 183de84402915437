import { errors } from '../errors/errors.js';
import { hasControlCharacter } from './hasControlCharacter.js';
import { isValidUsername } from './isValidUsername.js';

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
 * Returns the values to store (email and display name trimmed). No field may hold a control
 * character: besides corrupting logs, PostgreSQL rejects NUL, which would surface as a server
 * error instead of an answer the user can act on.
 */
export function validateRegisterInput(input: RegisterInput): RegisterInput {
  if (!isValidUsername(input.username)) {
    throw errors.invalidInput(
      'username',
      'Choose a username of 3 to 32 characters: letters, digits, "_", "." or "-".',
    );
  }
  const email = validEmail(input.email);
  validatePassword(input.password);
  const displayName = input.displayName.trim();
  const displayNameLength = [...displayName].length;
  if (
    displayNameLength < 1 ||
    displayNameLength > DISPLAY_NAME_MAX ||
    hasControlCharacter(displayName)
  ) {
    throw errors.invalidInput(
      'displayName',
      `Enter a display name of 1 to ${DISPLAY_NAME_MAX} characters, without control characters.`,
    );
  }
  return { username: input.username, email, password: input.password, displayName };
}

function validEmail(raw: string): string {
  const email = raw.trim();
  if (hasControlCharacter(email)) {
    throw errors.invalidInput(
      'email',
      'Remove the control characters (such as NUL) from the email address.',
    );
  }
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) {
    throw errors.invalidInput('email', 'Enter an email address such as name@example.com.');
  }
  return email;
}

function validatePassword(password: string): void {
  // Length in characters, not UTF-16 units, so emoji count once.
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw errors.invalidInput(
      'password',
      `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`,
    );
  }
  if (password.trim() === '') {
    throw errors.invalidInput(
      'password',
      'A password made only of spaces or other blank characters is easy to guess. ' +
        'Include letters, digits or symbols.',
    );
  }
  if (hasControlCharacter(password)) {
    throw errors.invalidInput(
      'password',
      'Remove the control characters (such as tab or NUL) from the password: ' +
        'they cannot be typed reliably when signing in.',
    );
  }
}
