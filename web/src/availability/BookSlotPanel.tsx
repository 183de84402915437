import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';

import { BookingProblemMessage } from '../bookings/BookingProblemMessage';
import { type BookingProblem, describeBookingProblem } from '../bookings/bookingProblem';
import { forgetBookingLists } from '../bookings/forgetBookingLists';
import { formatMoney } from '../courts/labels';
import { describeError } from '../errors/describeError';
import { CreateBookingDocument } from '../generated/graphql';
import { formatVenueInterval, zoneLabel } from '../time/venueTime';
import type { Slot } from './SlotList';

interface Props {
  courtId: string;
  courtName: string;
  timeZone: string;
  slot: Slot;
  /**
   * New for each slot the member chooses, and the same for every retry of that choice: a
   * request that reached the server but whose answer was lost cannot book twice.
   */
  idempotencyKey: string;
  onBooked: () => void;
  onCancel: () => void;
  /** The free slots shown are stale (someone else booked): fetch them again. */
  onStale: () => void;
}

/** Confirms the chosen slot, then books it with its start and end exactly as received. */
export function BookSlotPanel(props: Props) {
  const { courtId, courtName, timeZone, slot, idempotencyKey } = props;
  const [problem, setProblem] = useState<BookingProblem>();
  const [createBooking, { loading }] = useMutation(CreateBookingDocument, {
    update: forgetBookingLists,
  });
  // The panel opens below the slot list: take keyboard and screen-reader users to it.
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);

  const book = async () => {
    try {
      await createBooking({
        variables: { input: { courtId, start: slot.start, end: slot.end, idempotencyKey } },
      });
      setProblem(undefined);
      props.onBooked();
    } catch (caught) {
      const described = describeBookingProblem(describeError(caught), 'book');
      setProblem(described);
      if (described.refreshAvailability) props.onStale();
    }
  };

  return (
    <div className="panel book-panel" role="region" aria-label="Confirm booking">
      <p>
        Book <strong>{courtName}</strong> on{' '}
        <strong>{formatVenueInterval(slot.start, slot.end)}</strong> ({zoneLabel(timeZone)}) for{' '}
        <strong>{formatMoney(slot.price)}</strong>?
      </p>
      <BookingProblemMessage problem={problem} />
      <div className="actions">
        {/* After a refusal the same request would be refused again: only offer it again
            when the service was busy or away. */}
        {problem && !problem.retryable ? null : (
          <button
            ref={confirm}
            type="button"
            className="button-primary"
            disabled={loading}
            onClick={() => void book()}
          >
            {loading ? 'Booking…' : problem ? 'Try again' : 'Confirm booking'}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          Choose another time
        </button>
        <Link to="/bookings">My bookings</Link>
      </div>
    </div>
  );
}
