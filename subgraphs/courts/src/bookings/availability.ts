import type { EntityManager } from '@mikro-orm/postgresql';

import { CourtSchema, type Court } from '../courts/courtEntity.js';
import type { Sport } from '../courts/courtEnums.js';
import { courtsErrors } from '../errors/courtsErrors.js';
import {
  addLocalDays,
  bookableSlots,
  localDateOf,
  localDateTimeToInstants,
  openIntervalsForLocalDate,
  parseLocalDate,
  type Interval,
} from '../schedule/index.js';
import { findVenue } from '../venues/findVenue.js';
import { loadExceptions } from '../venues/loadExceptions.js';
import type { Venue } from '../venues/venueEntity.js';

const MINUTE_MS = 60_000;

export interface CourtAvailability {
  court: Court;
  slots: Interval[];
  /** The venue's zone, in which the slots are shown. */
  timeZone: string;
}

/**
 * Confirmed bookings and blocks in force of the courts within [from, to), per court. MikroORM
 * inlines an array parameter as a list ('a', 'b'), so it goes in `in (?)`: as `any(?::uuid[])`
 * it would be read as a malformed array literal. `courtIds` is never empty here.
 */
async function busyIntervals(
  em: EntityManager,
  courtIds: readonly string[],
  from: Date,
  to: Date,
): Promise<Map<string, Interval[]>> {
  const rows = await em.execute<{ court_id: string; s: Date; e: Date }[]>(
    `select court_id, starts_at as s, ends_at as e from bookings
     where court_id in (?) and status = 'CONFIRMED' and starts_at < ? and ends_at > ?
     union all
     select bc.court_id, b.starts_at, b.ends_at from maintenance_blocks b
     join maintenance_block_courts bc on bc.block_id = b.id
     where bc.court_id in (?) and b.removed_at is null
       and b.starts_at < ? and b.ends_at > ?`,
    [courtIds, to, from, courtIds, to, from],
  );
  const busy = new Map<string, Interval[]>();
  for (const row of rows) {
    const list = busy.get(row.court_id) ?? [];
    list.push({ start: new Date(row.s), end: new Date(row.e) });
    busy.set(row.court_id, list);
  }
  return busy;
}

/** The first instant of the local date after `lastDate`: bookings must start before it. */
function horizonEnd(venue: Venue, lastDate: string): Date {
  const midnight = localDateTimeToInstants(addLocalDays(lastDate, 1), '00:00', venue.timeZone);
  if (midnight.kind === 'unique') return midnight.instant;
  if (midnight.kind === 'ambiguous') return midnight.earlier;
  // Midnight skipped by a DST jump (some zones do): the day then starts at 01:00.
  const after = localDateTimeToInstants(addLocalDays(lastDate, 1), '01:00', venue.timeZone);
  return after.kind === 'unique' ? after.instant : new Date(8.64e15);
}

function checkDuration(duration: number | null | undefined): number | null {
  if (duration == null) return null;
  if (!Number.isInteger(duration) || duration < 1 || duration > 1440) {
    throw courtsErrors.badUserInput('duration', 'Give the duration in minutes, from 1 to 1440.');
  }
  return duration;
}

/**
 * The free slots of each bookable court of a venue on one local date, as members may book
 * them now: within opening hours and the court's grid, past the minimum notice, inside the
 * booking horizon, clear of bookings and blocks. A court whose rules do not allow the asked
 * duration has no slots.
 */
export async function availability(
  em: EntityManager,
  args: { venueId: string; date: string; sport?: Sport | null; duration?: number | null },
  now: Date = new Date(),
): Promise<CourtAvailability[]> {
  const date = parseLocalDate(args.date);
  if (!date.ok) throw courtsErrors.invalidLocalDate('date', date);
  const duration = checkDuration(args.duration);
  const venue = await findVenue(em, args.venueId);
  if (!venue) throw courtsErrors.venueNotFound('venueId');

  const courts = await em.find(
    CourtSchema,
    {
      venueId: venue.id,
      archivedAt: null,
      status: 'ACTIVE',
      ...(args.sport != null && { sport: args.sport }),
    },
    { orderBy: { name: 'asc' } },
  );
  const exceptions = await loadExceptions(em, venue.id, args.date, args.date);
  const open = openIntervalsForLocalDate(args.date, venue.timeZone, venue.openingHours, exceptions);
  if (courts.length === 0 || open.length === 0) {
    return courts.map((court) => ({ court, slots: [], timeZone: venue.timeZone }));
  }

  const from = open[0]!.start;
  const to = open.at(-1)!.end;
  const busy = await busyIntervals(
    em,
    courts.map((court) => court.id),
    from,
    to,
  );
  const today = localDateOf(now, venue.timeZone);
  return courts.map((court) => {
    const length = duration ?? court.minDurationMinutes;
    const allowed =
      length >= court.minDurationMinutes &&
      length <= court.maxDurationMinutes &&
      length % court.slotIntervalMinutes === 0;
    if (!allowed) return { court, slots: [], timeZone: venue.timeZone };
    const slots = bookableSlots({
      openIntervals: open,
      slotIntervalMinutes: court.slotIntervalMinutes,
      durationMinutes: length,
      busy: busy.get(court.id) ?? [],
      notBefore: new Date(now.getTime() + court.minNoticeMinutes * MINUTE_MS),
      notAfter: new Date(
        horizonEnd(venue, addLocalDays(today, court.maxAdvanceDays)).getTime() - 1,
      ),
    });
    return { court, slots, timeZone: venue.timeZone };
  });
}
