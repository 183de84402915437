// Letters, digits, "_", "." and "-" only, which also rules out control characters.
const USERNAME = /^[a-zA-Z0-9_.-]{3,32}$/;

/**
 * The username rule of registration. Login uses it too: a name outside it cannot belong to an
 * account, so it is refused without a database query.
 */
export function isValidUsername(value: string): boolean {
  return USERNAME.test(value);
}
