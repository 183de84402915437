import { courtsErrors } from '../errors/courtsErrors.js';

/**
 * Unicode Cc: C0 controls (NUL to US), DEL and C1 controls. PostgreSQL cannot store NUL in text
 * at all, and line breaks or tabs have no place in a one-line label.
 */
const CONTROL = /\p{Cc}/u;

/**
 * Unicode Cf except the joiners and tags that real text needs: U+200D ZERO WIDTH JOINER (emoji
 * sequences, Indic scripts), U+200C ZERO WIDTH NON-JOINER (Persian, Indic scripts) and the tag
 * characters U+E0020-U+E007F (subdivision flags such as Scotland's). Cf holds the bidi
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that make a name display
 * in another order than it is stored ("Trojan Source", CVE-2021-42574), and the zero-width and
 * soft-hyphen characters that let two names look identical while comparing different.
 */
const FORMAT = /(?!\u200C|\u200D|[\u{E0020}-\u{E007F}])\p{Cf}/u;

/** Half of a surrogate pair: not a character, and the driver would store it as U+FFFD. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

export interface TextRules {
  /** Also refuse format characters (Cf, but for joiners and tags) and unpaired surrogates. */
  label: boolean;
  /** Allow line feeds (multi-line text such as a description); other controls stay refused. */
  allowLineBreaks?: boolean;
}

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Returns `raw` in Unicode NFC, so that one text written two ways (precomposed "é" or "e" plus
 * a combining accent) is stored, compared and searched as one. Throws BAD_USER_INPUT on `field`
 * when the text holds characters refused by `rules`. Length limits are the caller's: check them
 * on the result, since NFC can change the length.
 */
export function normalizeText(field: string, raw: string, rules: TextRules): string {
  const checked = rules.allowLineBreaks ? raw.replaceAll('\n', '') : raw;
  if (hasControlCharacter(checked)) throw courtsErrors.controlCharacter(field);
  if (rules.label) {
    if (UNPAIRED_SURROGATE.test(raw)) throw courtsErrors.unpairedSurrogate(field);
    if (FORMAT.test(raw)) throw courtsErrors.formatCharacter(field);
  }
  return raw.normalize('NFC');
}
