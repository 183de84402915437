import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { ErrorMessage } from '../errors/ErrorMessage';
import { describeError } from '../errors/describeError';
import { AllBookingsDocument, VenuesDocument } from '../generated/graphql';
import { BookingConnectionList } from './BookingConnectionList';
import { type BookingsScope, BookingsScopePicker } from './BookingsScope';

const PAGE_SIZE = 25;

/** Staff with bookings:manage see every booking, by venue, and may cancel any of them. */
export function AllBookingsPage() {
  const [openedAt] = useState(() => new Date());
  const [scope, setScope] = useState<BookingsScope>('coming');
  const [venueId, setVenueId] = useState('');
  const venues = useQuery(VenuesDocument).data?.venues ?? [];
  const filter = {
    ...(scope === 'coming' ? { from: openedAt.toISOString() } : {}),
    ...(venueId === '' ? {} : { venueId }),
  };
  const { data, error, networkStatus, fetchMore } = useQuery(AllBookingsDocument, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const bookings = data?.bookings;

  return (
    <section aria-labelledby="all-bookings-heading">
      <h1 id="all-bookings-heading">All bookings</h1>
      <div className="filters">
        <div className="field">
          <label htmlFor="all-bookings-venue">Venue</label>
          <select
            id="all-bookings-venue"
            value={venueId}
            onChange={(event) => setVenueId(event.target.value)}
          >
            <option value="">Every venue</option>
            {venues.map((venue) => (
              <option key={venue.id} value={venue.id}>
                {venue.name}
              </option>
            ))}
          </select>
        </div>
        <BookingsScopePicker scope={scope} onChange={setScope} />
      </div>
      <ErrorMessage problem={error ? describeError(error) : undefined} />
      {!bookings && !error ? (
        <p className="loading" role="status">
          Loading bookings…
        </p>
      ) : null}
      {bookings ? (
        <BookingConnectionList
          bookings={bookings}
          now={new Date()}
          loadingMore={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          empty={<p>No bookings match.</p>}
        />
      ) : null}
    </section>
  );
}
