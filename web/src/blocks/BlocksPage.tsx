import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import { describeError } from '../errors/describeError';
import { VenueDocument, VenuesDocument } from '../generated/graphql';
import { BlockForm } from './BlockForm';
import { BlockList } from './BlockList';

/** Staff with blocks:manage take courts out of use: per venue, with the dry run first. */
export function BlocksPage() {
  const [params, setParams] = useSearchParams();
  const venues = useQuery(VenuesDocument);
  const list = venues.data?.venues ?? [];
  const venueId =
    params.get('venue') ?? list.find((venue) => venue.isDefault)?.id ?? list[0]?.id ?? '';
  const venue = useQuery(VenueDocument, { variables: { id: venueId }, skip: venueId === '' });
  const chosen = venue.data?.venue;

  return (
    <section aria-labelledby="blocks-heading">
      <h1 id="blocks-heading">Maintenance blocks</h1>
      <ErrorMessage
        problem={
          venues.error || venue.error ? describeError(venues.error ?? venue.error) : undefined
        }
      />
      <div className="filters">
        <div className="field">
          <label htmlFor="blocks-venue">Venue</label>
          <select
            id="blocks-venue"
            value={venueId}
            onChange={(event) => setParams({ venue: event.target.value })}
          >
            {list.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!chosen && !venue.error && !venues.error ? (
        <p className="loading" role="status">
          Loading venue…
        </p>
      ) : null}
      {chosen ? (
        <div className="two-columns">
          <BlockForm key={chosen.id} venue={chosen} />
          <BlockList venueId={chosen.id} />
        </div>
      ) : null}
    </section>
  );
}
