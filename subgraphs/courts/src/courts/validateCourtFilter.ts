import { courtsErrors } from '../errors/courtsErrors.js';
import { isUuid } from '../ids/isUuid.js';
import { normalizeText } from '../text/normalizeText.js';
import type { CourtFilter } from './courtFilter.js';

/** Characters (code points) a search may hold: a name is at most 80, so longer never matches. */
export const SEARCH_MAX = 80;

/**
 * Checks a list filter and returns it with `search` in NFC, the form names are stored in, so a
 * search matches however its accents were typed. Anonymous callers reach this: it must refuse
 * whatever PostgreSQL would reject (NUL) before the query is built.
 */
export function validateCourtFilter(filter: CourtFilter | null | undefined): CourtFilter {
  if (filter?.venueId != null && !isUuid(filter.venueId)) {
    throw courtsErrors.badUserInput(
      'filter.venueId',
      'Give venueId as the id of a venue (a UUID); list venues to find one.',
    );
  }
  const venueId = filter?.venueId?.toLowerCase() ?? null;
  if (filter?.search == null) return { ...filter, venueId };

  const search = normalizeText('filter.search', filter.search, { label: false });
  if ([...search].length > SEARCH_MAX) {
    throw courtsErrors.badUserInput(
      'filter.search',
      `Search with at most ${SEARCH_MAX} characters of the court name.`,
    );
  }
  return { ...filter, venueId, search };
}
