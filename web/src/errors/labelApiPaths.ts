/** A token that can only be an API path: dotted, indexed or camelCase ("openingHours[0]"). */
const TOKEN = /[A-Za-z]\w*(?:\[\d+\])?(?:\.[A-Za-z]\w*(?:\[\d+\])?)*/g;

function looksLikeApiPath(token: string): boolean {
  return /[.[]/.test(token) || /[a-z][A-Z]/.test(token);
}

/**
 * Rewrites the API paths in a server message ("Give bookingRules.minDurationMinutes from 1 to
 * 1440.") into the labels the person sees on the form ('Give "Shortest booking (minutes)" from
 * 1 to 1440.'). Paths the form has no label for stay as they are; plain words are never
 * touched, so "name" in a sentence stays a word.
 */
export function labelApiPaths(
  message: string,
  labelFor: (path: string) => string | undefined,
): string {
  return message.replace(TOKEN, (token) => {
    if (!looksLikeApiPath(token)) return token;
    const label = labelFor(token);
    return label === undefined ? token : `"${label}"`;
  });
}

/** "input.bookingRules.minDurationMinutes" → "minDurationMinutes"; "hours[2]" → "hours". */
export function lastPathPart(path: string): string {
  return (path.split('.').pop() ?? path).replace(/\[\d+\]$/, '');
}
