import { errors } from '../errors/errors.js';
import { hasControlCharacter } from './hasControlCharacter.js';

/**
 * Unicode Cf except what real text needs: U+200C ZERO WIDTH NON-JOINER (Persian, Indic
 * scripts), U+200D ZERO WIDTH JOINER (emoji sequences) and the tags U+E0020-U+E007F
 * (subdivision flags such as Scotland's). Cf holds the bidi embeddings, overrides and
 * isolates that make a name display in another order than it is stored ("abc\u202Egnp.exe"
 * shows as "abcexe.png"; Trojan Source, CVE-2021-42574), and the zero-width characters and soft
 * hyphen that let two names look identical while comparing different.
 */
const FORMAT = /(?!\u200C|\u200D|[\u{E0020}-\u{E007F}])\p{Cf}/u;

/** Half of a surrogate pair: not a character, and the driver would store it as U+FFFD. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/**
 * Returns `raw` in Unicode NFC, so that one text written two ways (precomposed "é" or "e" and
 * a combining accent) is stored and compared as one. Throws BAD_USER_INPUT on `field` when the
 * text holds a control character (Cc), an unpaired surrogate or a refused format character
 * (Cf). Trimming and length limits are the caller's: check them on the result, since NFC can
 * change the length. The same rules as the courts service's labels; services share no code.
 */
export function normalizeLabel(field: string, label: string, raw: string): string {
  if (hasControlCharacter(raw)) {
    throw errors.controlCharacter(field, label);
  }
  if (UNPAIRED_SURROGATE.test(raw)) {
    throw errors.unpairedSurrogate(field, label);
  }
  if (FORMAT.test(raw)) {
    throw errors.formatCharacter(field, label);
  }
  return raw.normalize('NFC');
}
