import type { BlockBookingFragment } from '../generated/graphql';
import { formatVenueInterval } from '../time/venueTime';

/** Bookings a block meets: court, time at the venue, and whose they are. */
export function BlockBookingList({ bookings }: { bookings: readonly BlockBookingFragment[] }) {
  return (
    <ul className="plain-list">
      {bookings.map((booking) => (
        <li key={booking.id}>
          <strong>{booking.court.name}</strong>, {formatVenueInterval(booking.start, booking.end)}
          {booking.user ? ` (${booking.user.username})` : ''}
          {booking.status === 'CANCELLED' ? ' · cancelled' : ''}
        </li>
      ))}
    </ul>
  );
}
