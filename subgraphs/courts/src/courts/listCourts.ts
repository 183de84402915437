import { raw, type EntityManager } from '@mikro-orm/postgresql';

import { courtsErrors } from '../errors/courtsErrors.js';
import { CourtSchema, type Court } from './courtEntity.js';
import { decodeCursor, encodeCursor, type CourtCursor } from './courtCursor.js';
import { escapeLike, type CourtFilter } from './courtFilter.js';
import { validateCourtFilter } from './validateCourtFilter.js';

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

export interface CourtPage {
  edges: { cursor: string; node: Court }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** `filter` must come from validateCourtFilter. */
function filteredQuery(em: EntityManager, filter: CourtFilter) {
  const qb = em.createQueryBuilder(CourtSchema, 'c');
  if (filter.sport != null) qb.andWhere({ sport: filter.sport });
  if (filter.status != null) qb.andWhere({ status: filter.status });
  if (filter.indoor != null) qb.andWhere({ indoor: filter.indoor });
  if (filter.venueId != null) qb.andWhere({ venueId: filter.venueId });
  if (filter.includeArchived !== true) qb.andWhere({ archivedAt: null });
  if (filter.search != null && filter.search !== '') {
    // Backslash is PostgreSQL's default LIKE escape character, which escapeLike relies on.
    qb.andWhere({ name: { $ilike: `%${escapeLike(filter.search)}%` } });
  }
  return qb;
}

function cursorOf(court: Court): string {
  return encodeCursor({ name: court.name, id: court.id });
}

/**
 * One page of courts in the stable order `lower(name), id`, using keyset pagination: the
 * `after` cursor becomes a row comparison that the (lower(name), id) indexes serve, so deep
 * pages cost the same as the first.
 */
export async function listCourts(
  em: EntityManager,
  args: { first?: number | null; after?: string | null; filter?: CourtFilter | null },
): Promise<CourtPage> {
  const first = args.first ?? PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE_MAX) {
    throw courtsErrors.badUserInput('first', `Ask for 1 to ${PAGE_SIZE_MAX} courts per page.`);
  }
  const filter = validateCourtFilter(args.filter);
  const after: CourtCursor | null = args.after == null ? null : decodeCursor(args.after);

  const page = filteredQuery(em, filter);
  if (after) page.andWhere('(lower(c.name), c.id) > (lower(?), ?)', [after.name, after.id]);
  page.orderBy([{ [raw('lower(c.name)')]: 'asc' }, { id: 'asc' }]).limit(first + 1);

  const [rows, totalCount] = await Promise.all([
    page.getResultList(),
    filteredQuery(em, filter).getCount(),
  ]);
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    edges: nodes.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
    totalCount,
  };
}
