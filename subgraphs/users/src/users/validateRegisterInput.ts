import { errors } from '../errors/errors.js';

export interface RegisterInput {
  username: string;
  email: string;
  password: string;
  displayName: string;
}

const USERNAME = /^[a-zA-Z0-9_.-]{3,32}$/;
// Shape only (something@domain.tld): whether the address exists is not ours to decide here.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const EMAIL_MAX = 254;
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;
const DISPLAY_NAME_MAX = 64;
// Control characters would corrupt logs and layouts wherever the name is shown.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * Checks every field in a fixed order and throws BAD_USER_INPUT naming the first bad one.
 * Returns the values to store (email and display name trimmed).
 */
export function validateRegisterInput(input: RegisterInput): RegisterInput {
  if (!USERNAME.test(input.username)) {
    throw errors.invalidInput(
      'username',
      'Choose a username of 3 to 32 characters: letters, digits, "_", "." or "-".',
    );
  }
  const email = input.email.trim();
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) {
    throw errors.invalidInput('email', 'Enter an email address such as name@example.com.');
  }
  // Length in characters, not UTF-16 units, so emoji count once.
  const passwordLength = [...input.password].length;
  if (passwordLength < PASSWORD_MIN || passwordLength > PASSWORD_MAX) {
    throw errors.invalidInput(
      'password',
      `Choose a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`,
    );
  }
  const displayName = input.displayName.trim();
  const displayNameLength = [...displayName].length;
  if (
    displayNameLength < 1 ||
    displayNameLength > DISPLAY_NAME_MAX ||
    CONTROL_CHARACTERS.test(displayName)
  ) {
    throw errors.invalidInput(
      'displayName',
      `Enter a display name of 1 to ${DISPLAY_NAME_MAX} characters, without control characters.`,
    );
  }
  return { username: input.username, email, password: input.password, displayName };
}
