import type { CourtStatus, Sport } from './courtEnums.js';

/** `CourtFilter` from GraphQL; null and absent both mean "no condition". */
export interface CourtFilter {
  sport?: Sport | null;
  status?: CourtStatus | null;
  indoor?: boolean | null;
  search?: string | null;
  venueId?: string | null;
  includeArchived?: boolean | null;
}

/** Escapes LIKE wildcards so `%` and `_` in a search match themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
