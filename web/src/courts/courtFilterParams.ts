import type { CourtFilter } from '../generated/graphql';
import { isSport } from './labels';

/**
 * The filter lives in the address (?venue=…&sport=PADEL&indoor=true&q=centre): shareable,
 * and Back works.
 */
export function filterFromParams(params: URLSearchParams): CourtFilter {
  const sport = params.get('sport');
  const indoor = params.get('indoor');
  const search = params.get('q');
  const venue = params.get('venue');
  return {
    venueId: venue === null || venue === '' ? null : venue,
    sport: isSport(sport) ? sport : null,
    indoor: indoor === 'true' ? true : indoor === 'false' ? false : null,
    search: search === null || search.trim() === '' ? null : search,
  };
}

export function paramsFromFilter(filter: CourtFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.venueId) params.set('venue', filter.venueId);
  if (filter.sport) params.set('sport', filter.sport);
  if (typeof filter.indoor === 'boolean') params.set('indoor', String(filter.indoor));
  if (filter.search) params.set('q', filter.search);
  return params;
}
