/**
 * The bidi embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069). In an email
 * address they make the address display in another order than mail is sent to, so a shown
 * address cannot be trusted.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export function hasBidiControl(value: string): boolean {
  return BIDI_CONTROL.test(value);
}
