import type { ReactNode } from 'react';

import type { BookingFieldsFragment } from '../generated/graphql';
import { BookingItem } from './BookingItem';

interface Connection {
  totalCount: number;
  edges: readonly { node: BookingFieldsFragment & { user?: { username: string } | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface Props {
  bookings: Connection;
  /** Evaluated once per render: a booking that has ended can no longer be cancelled. */
  now: Date;
  empty: ReactNode;
  loadingMore: boolean;
  onLoadMore: (after: string | null) => void;
}

/** A page of bookings, soonest first, with "Show more" while the server has more. */
export function BookingConnectionList({ bookings, now, empty, loadingMore, onLoadMore }: Props) {
  return (
    <>
      <p className="result-count" role="status">
        {bookings.totalCount === 1 ? '1 booking' : `${bookings.totalCount} bookings`}
      </p>
      {bookings.edges.length === 0 ? (
        <div className="empty">{empty}</div>
      ) : (
        <ul className="booking-list">
          {bookings.edges.map(({ node }) => (
            <li key={node.id}>
              <BookingItem
                booking={node}
                bookedFor={node.user?.username}
                cancellable={new Date(node.end).getTime() > now.getTime()}
              />
            </li>
          ))}
        </ul>
      )}
      {bookings.pageInfo.hasNextPage ? (
        <button
          type="button"
          className="load-more"
          disabled={loadingMore}
          onClick={() => onLoadMore(bookings.pageInfo.endCursor)}
        >
          {loadingMore ? 'Loading…' : 'Show more bookings'}
        </button>
      ) : null}
    </>
  );
}
