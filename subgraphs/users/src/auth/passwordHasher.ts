import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * argon2id with OWASP's minimum parameters: 19 MiB of memory, 2 passes, 1 lane. The values
 * are stored in each hash, so raising them later still verifies old hashes.
 */
const ARGON2ID_OPTIONS: Options = {
  // Algorithm.Argon2id; the enum is `const` in the typings and isolated modules cannot
  // inline it.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/**
 * Both functions hash the NFC form: one password typed as precomposed "ä" on one device and
 * as "a" plus a combining diaeresis on another must give the same bytes to argon2. Doing it
 * here, not in each caller, means no path can hash one form and verify another.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2ID_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'), ARGON2ID_OPTIONS);
  } catch {
    // A malformed stored hash is a failed login, not a server error.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * A real hash of a random password, made once. Logins for unknown usernames verify against
 * it so that they take as long as a wrong password for a real user.
 */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
