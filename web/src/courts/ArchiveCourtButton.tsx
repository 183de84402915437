import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import { ArchiveCourtDocument, UnarchiveCourtDocument } from '../generated/graphql';

interface Props {
  court: { id: string; name: string; archivedAt: string | null };
}

/**
 * Archiving takes a court out of booking and out of the lists while its bookings stay on
 * record; unarchiving returns it. Lists are dropped from the cache: the court leaves or joins.
 */
export function ArchiveCourtButton({ court }: Props) {
  const [problem, setProblem] = useState<Problem>();
  const update = { update: forgetCourtLists };
  const [archive, archiving] = useMutation(ArchiveCourtDocument, update);
  const [unarchive, unarchiving] = useMutation(UnarchiveCourtDocument, update);
  const archived = court.archivedAt !== null;

  const toggle = async () => {
    try {
      if (archived) await unarchive({ variables: { id: court.id } });
      else await archive({ variables: { id: court.id } });
      setProblem(undefined);
    } catch (caught) {
      setProblem(describeError(caught));
    }
  };

  return (
    <div className="archive-zone">
      <h2>{archived ? 'Archived' : 'Archive court'}</h2>
      <p className="hint">
        {archived
          ? 'This court takes no bookings and is left out of the lists. Its history is kept.'
          : 'An archived court takes no new bookings and leaves the lists; its bookings stay.'}
      </p>
      <ErrorMessage problem={problem} />
      <button
        type="button"
        disabled={archiving.loading || unarchiving.loading}
        onClick={() => void toggle()}
      >
        {archived ? `Return ${court.name} to booking` : `Archive ${court.name}`}
      </button>
    </div>
  );
}

function forgetCourtLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'courts' });
}
