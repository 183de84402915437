import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import { describeError } from '../errors/describeError';
import { CourtAvailabilityDocument, type Sport } from '../generated/graphql';
import { useSession } from '../session/SessionContext';
import { Permission } from '../session/permissions';
import {
  addDays,
  formatVenueDate,
  formatVenueInterval,
  todayAt,
  zoneLabel,
} from '../time/venueTime';
import { focusOnShow } from '../layout/focusOnShow';
import { BookSlotPanel } from './BookSlotPanel';
import { type Slot, SlotList } from './SlotList';

interface Props {
  court: {
    id: string;
    name: string;
    sport: Sport;
    venue: { id: string; name: string; timeZone: string };
  };
  /** How many days ahead the court takes bookings: the date picker stops there. */
  maxAdvanceDays: number;
}

interface Choice {
  slot: Slot;
  idempotencyKey: string;
}

/**
 * A court's free slots on a date chosen at the venue (today there by default), in the venue's
 * wall-clock time with the zone named; members who may book choose a slot and confirm it.
 */
export function CourtAvailabilitySection({ court, maxAdvanceDays }: Props) {
  const id = useId();
  const session = useSession();
  const location = useLocation();
  const { timeZone } = court.venue;
  const today = todayAt(timeZone);
  const lastDate = addDays(today, maxAdvanceDays);
  const [date, setDate] = useState(today);
  const [choice, setChoice] = useState<Choice>();
  const [booked, setBooked] = useState<string>();
  const { data, error, loading, refetch } = useQuery(CourtAvailabilityDocument, {
    variables: { venueId: court.venue.id, date, sport: court.sport },
    // Free time changes as others book: always ask, show the cached answer meanwhile.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-and-network',
  });
  const slots = data?.availability.find((item) => item.court.id === court.id)?.slots;
  const canBook = session.can(Permission.CreateBookings);

  const changeDate = (next: string) => {
    if (next === '' || next < today || next > lastDate) return;
    setDate(next);
    setChoice(undefined);
  };

  return (
    <section className="availability" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Book a time</h2>
      <p className="hint">
        Times are {zoneLabel(timeZone)}, the local time at {court.venue.name}.
      </p>
      <div className="date-row">
        <button
          type="button"
          disabled={date <= today}
          onClick={() => changeDate(addDays(date, -1))}
        >
          Previous day
        </button>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            min={today}
            max={lastDate}
            onChange={(event) => changeDate(event.target.value)}
          />
        </div>
        <button
          type="button"
          disabled={date >= lastDate}
          onClick={() => changeDate(addDays(date, 1))}
        >
          Next day
        </button>
      </div>
      <h3>
        Free on {formatVenueDate(date)} <span className="zone">({zoneLabel(timeZone)})</span>
      </h3>
      {booked ? (
        <p className="notice notice-ok" role="status" tabIndex={-1} ref={focusOnShow}>
          Booked: {booked}. <Link to="/bookings">See my bookings</Link>
        </p>
      ) : null}
      <ErrorMessage problem={error ? describeError(error) : undefined} />
      {loading && !slots ? (
        <p className="loading" role="status">
          Loading free times…
        </p>
      ) : null}
      {slots && slots.length === 0 ? (
        <p className="empty">No free time on this date. Try another day.</p>
      ) : null}
      {slots && slots.length > 0 ? (
        <SlotList
          slots={slots}
          chosen={choice?.slot}
          onChoose={
            canBook
              ? (slot) => {
                  setBooked(undefined);
                  setChoice({ slot, idempotencyKey: crypto.randomUUID() });
                }
              : undefined
          }
        />
      ) : null}
      {session.state.status === 'anonymous' ? (
        <p>
          <Link to="/login" state={{ from: location.pathname }}>
            Sign in
          </Link>{' '}
          or <Link to="/register">register</Link> to book.
        </p>
      ) : null}
      {choice ? (
        <BookSlotPanel
          key={choice.idempotencyKey}
          courtId={court.id}
          courtName={court.name}
          timeZone={timeZone}
          slot={choice.slot}
          idempotencyKey={choice.idempotencyKey}
          onBooked={() => {
            setBooked(`${court.name}, ${formatVenueInterval(choice.slot.start, choice.slot.end)}`);
            setChoice(undefined);
            void refetch();
          }}
          onCancel={() => setChoice(undefined)}
          onStale={() => void refetch()}
        />
      ) : null}
    </section>
  );
}
