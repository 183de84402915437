/**
 * A letter, digit, punctuation mark or symbol that draws something. Excluded: spaces, marks
 * (a combining accent alone has nothing to sit on), format and private-use characters, and
 * characters that render as blank although they are letters or symbols: the default-ignorable
 * ones (e.g. U+3164 HANGUL FILLER) and U+2800 BRAILLE PATTERN BLANK.
 */
const VISIBLE = /(?![\p{Default_Ignorable_Code_Point}\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

/** Whether a name shows anything at all; one made only of blanks would look like no name. */
export function hasVisibleCharacter(value: string): boolean {
  return VISIBLE.test(value);
}
