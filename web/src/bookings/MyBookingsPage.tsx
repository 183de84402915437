import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import { describeError } from '../errors/describeError';
import { MyBookingsDocument } from '../generated/graphql';
import { BookingConnectionList } from './BookingConnectionList';
import { type BookingsScope, BookingsScopePicker } from './BookingsScope';

const PAGE_SIZE = 20;

/** The signed-in member's bookings, soonest first; each may be cancelled while allowed. */
export function MyBookingsPage() {
  // Fixed when the page opens, so the filter (and so the cached list) stays the same.
  const [openedAt] = useState(() => new Date());
  const [scope, setScope] = useState<BookingsScope>('coming');
  const filter = scope === 'coming' ? { from: openedAt.toISOString() } : {};
  const { data, error, networkStatus, fetchMore } = useQuery(MyBookingsDocument, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const bookings = data?.me?.bookings;

  return (
    <section aria-labelledby="my-bookings-heading">
      <h1 id="my-bookings-heading">My bookings</h1>
      <BookingsScopePicker scope={scope} onChange={setScope} />
      <ErrorMessage problem={error ? describeError(error) : undefined} />
      {!bookings && !error ? (
        <p className="loading" role="status">
          Loading your bookings…
        </p>
      ) : null}
      {bookings ? (
        <BookingConnectionList
          bookings={bookings}
          now={new Date()}
          loadingMore={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          empty={
            <p>
              No bookings {scope === 'coming' ? 'coming up' : 'yet'}.{' '}
              <Link to="/">Find a court</Link> and choose a free time.
            </p>
          }
        />
      ) : null}
    </section>
  );
}
