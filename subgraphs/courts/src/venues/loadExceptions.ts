import type { EntityManager } from '@mikro-orm/postgresql';

import type { HoursException } from '../schedule/index.js';
import { VenueHoursExceptionSchema } from './venueEntity.js';

/** The venue's dated exceptions from `from` to `to` (YYYY-MM-DD, inclusive), by date. */
export async function loadExceptions(
  em: EntityManager,
  venueId: string,
  from: string | null,
  to: string | null,
): Promise<HoursException[]> {
  const rows = await em.find(
    VenueHoursExceptionSchema,
    {
      venueId,
      ...(from !== null || to !== null
        ? { date: { ...(from !== null && { $gte: from }), ...(to !== null && { $lte: to }) } }
        : {}),
    },
    { orderBy: { date: 'asc' } },
  );
  return rows.map(({ date, closed, intervals, reason }) => ({ date, closed, intervals, reason }));
}
