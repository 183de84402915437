import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `data/common-passwords.txt` of the package, whether running from `src/` or `dist/`. */
const LIST_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'data',
  'common-passwords.txt',
);

let list: ReadonlySet<string> | undefined;

function key(password: string): string {
  return password.normalize('NFC').toLowerCase();
}

/** Reads the list once; lines starting with "#" are comments. */
function commonPasswords(): ReadonlySet<string> {
  list ??= new Set(
    readFileSync(LIST_PATH, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map(key),
  );
  return list;
}

/**
 * Whether a password is on the shipped list of the most common ones, ignoring case: "Password1"
 * is guessed as early as "password1" by anyone trying such lists.
 */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(key(password));
}
