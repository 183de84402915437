import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { forgetBookingLists } from '../bookings/forgetBookingLists';
import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import { MaintenanceBlocksDocument, RemoveMaintenanceBlockDocument } from '../generated/graphql';
import { formatVenueInterval } from '../time/venueTime';
import { BlockBookingList } from './BlockBookingList';
import { policyLabel } from './conflictPolicies';

/** A venue's blocks that have not ended, each with the bookings it met and a Lift button. */
export function BlockList({ venueId }: { venueId: string }) {
  const { data, error } = useQuery(MaintenanceBlocksDocument, { variables: { venueId } });
  const [removeBlock, removal] = useMutation(RemoveMaintenanceBlockDocument, {
    refetchQueries: ['MaintenanceBlocks'],
    awaitRefetchQueries: true,
    update: forgetBookingLists,
  });
  const [problem, setProblem] = useState<Problem>();
  const blocks = data?.maintenanceBlocks;

  const lift = async (id: string) => {
    try {
      await removeBlock({ variables: { id } });
      setProblem(undefined);
    } catch (caught) {
      setProblem(describeError(caught));
    }
  };

  return (
    <section aria-labelledby="blocks-list-heading">
      <h2 id="blocks-list-heading">Current and coming blocks</h2>
      <ErrorMessage problem={error ? describeError(error) : problem} />
      {!blocks && !error ? (
        <p className="loading" role="status">
          Loading blocks…
        </p>
      ) : null}
      {blocks && blocks.length === 0 ? <p className="empty">No blocks planned.</p> : null}
      {blocks && blocks.length > 0 ? (
        <ul className="booking-list">
          {blocks.map((block) => {
            const when = formatVenueInterval(block.start, block.end);
            return (
              <li key={block.id}>
                <article className="booking">
                  <h3>{block.courts.map((court) => court.name).join(', ')}</h3>
                  <p className="booking-when">{when}</p>
                  <p>{block.reason}</p>
                  <p className="hint">{policyLabel(block.conflictPolicy)}</p>
                  {block.affectedBookings.length > 0 ? (
                    <>
                      <p>Bookings it met:</p>
                      <BlockBookingList bookings={block.affectedBookings} />
                    </>
                  ) : null}
                  <button
                    type="button"
                    disabled={removal.loading}
                    onClick={() => void lift(block.id)}
                    aria-label={`Lift the block of ${when}`}
                  >
                    Lift block
                  </button>
                </article>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
