import { useQuery } from '@apollo/client/react';

import { ErrorMessage } from '../errors/ErrorMessage';
import { describeError } from '../errors/describeError';
import { VenuesDocument } from '../generated/graphql';
import { VenueCard } from './VenueCard';

/** Every venue, by name: where it is, its time zone and its opening hours. */
export function VenuesPage() {
  const { data, error } = useQuery(VenuesDocument);
  const venues = data?.venues;

  return (
    <section aria-labelledby="venues-heading">
      <h1 id="venues-heading">Venues</h1>
      <ErrorMessage problem={error ? describeError(error) : undefined} />
      {!venues && !error ? (
        <p className="loading" role="status">
          Loading venues…
        </p>
      ) : null}
      {venues && venues.length === 0 ? <p className="empty">No venues yet.</p> : null}
      {venues && venues.length > 0 ? (
        <ul className="court-grid">
          {venues.map((venue) => (
            <li key={venue.id}>
              <VenueCard venue={venue} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
