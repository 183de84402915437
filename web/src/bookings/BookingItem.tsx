import { useState } from 'react';
import { Link } from 'react-router';

import { formatMoney } from '../courts/labels';
import type { BookingFieldsFragment } from '../generated/graphql';
import { formatVenueInterval, zoneLabel } from '../time/venueTime';
import { CancelBookingForm } from './CancelBookingForm';

interface Props {
  booking: BookingFieldsFragment;
  /** Staff lists name whom the court is booked for. */
  bookedFor?: string;
  /** False once a booking has ended: the server would refuse anyway. */
  cancellable: boolean;
}

/** One booking: where, when at the venue, the price, and a cancel control while it may be. */
export function BookingItem({ booking, bookedFor, cancellable }: Props) {
  const [cancelling, setCancelling] = useState(false);
  const when = formatVenueInterval(booking.start, booking.end);
  const label = `${booking.court.name}, ${when}`;
  const cancelled = booking.status === 'CANCELLED';

  return (
    <article className={cancelled ? 'booking booking-cancelled' : 'booking'}>
      <h2>
        <Link to={`/courts/${booking.court.id}`}>{booking.court.name}</Link>
        <span className="venue-name"> at {booking.court.venue.name}</span>
      </h2>
      <p className="booking-when">
        {when} <span className="zone">({zoneLabel(booking.court.venue.timeZone)})</span>
      </p>
      <p className="court-meta">
        <span>{formatMoney(booking.price)}</span>
        {bookedFor ? <span>for {bookedFor}</span> : null}
        <span className={`badge badge-${booking.status.toLowerCase()}`}>
          {cancelled ? 'Cancelled' : 'Confirmed'}
        </span>
        {booking.flaggedByMaintenance && !cancelled ? (
          <span className="badge badge-maintenance">
            Maintenance planned: staff will contact you
          </span>
        ) : null}
      </p>
      {cancelled && booking.cancellationReason ? (
        <p className="hint">Reason: {booking.cancellationReason}</p>
      ) : null}
      {!cancelled && cancellable ? (
        cancelling ? (
          <CancelBookingForm
            bookingId={booking.id}
            label={label}
            onDone={() => setCancelling(false)}
          />
        ) : (
          <button
            type="button"
            onClick={() => setCancelling(true)}
            aria-label={`Cancel booking, ${label}`}
          >
            Cancel booking
          </button>
        )
      ) : null}
    </article>
  );
}
