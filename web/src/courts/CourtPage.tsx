import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import { CourtDocument, DeleteCourtDocument, UpdateCourtDocument } from '../generated/graphql';
import { Can } from '../session/Can';
import { useSession } from '../session/SessionContext';
import { Permission } from '../session/permissions';
import { CourtForm } from './CourtForm';
import { formatMoney, sportLabel, statusLabel } from './labels';

/** One court: its details for everyone, the edit form and deletion for staff who may. */
export function CourtPage() {
  const { courtId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const [saved, setSaved] = useState(Boolean((location.state as { created?: boolean })?.created));
  const [deleteProblem, setDeleteProblem] = useState<Problem>();
  const { data, error, loading } = useQuery(CourtDocument, { variables: { id: courtId } });
  const [updateCourt] = useMutation(UpdateCourtDocument);
  const [deleteCourt, deletion] = useMutation(DeleteCourtDocument);

  if (loading && !data)
    return (
      <p className="loading" role="status">
        Loading court…
      </p>
    );
  if (error) return <ErrorMessage problem={describeError(error)} />;
  const court = data?.court;
  if (!court) {
    return (
      <section className="panel">
        <h1>Court not found</h1>
        <p>
          It may have been deleted. <Link to="/">Back to all courts</Link>
        </p>
      </section>
    );
  }

  const remove = async () => {
    if (!window.confirm(`Delete ${court.name}? This cannot be undone.`)) return;
    try {
      await deleteCourt({
        variables: { id: court.id },
        update: (cache) => {
          cache.evict({ id: cache.identify(court) });
          cache.gc();
        },
      });
      await navigate('/', { replace: true });
    } catch (caught) {
      setDeleteProblem(describeError(caught));
    }
  };

  return (
    <section aria-labelledby="court-heading">
      <p className="breadcrumb">
        <Link to="/">All courts</Link>
      </p>
      <h1 id="court-heading">{court.name}</h1>
      {saved ? (
        <p className="notice notice-ok" role="status">
          Saved.
        </p>
      ) : null}
      <dl className="facts">
        <dt>Sport</dt>
        <dd>{sportLabel(court.sport)}</dd>
        <dt>Setting</dt>
        <dd>{court.indoor ? 'Indoor' : 'Outdoor'}</dd>
        <dt>Surface</dt>
        <dd>{court.surface ?? 'Not given'}</dd>
        <dt>Price</dt>
        <dd>{formatMoney(court.hourlyRate)} per hour</dd>
        <dt>Status</dt>
        <dd>{statusLabel(court.status)}</dd>
        {court.createdBy && session.state.status === 'signed-in' ? (
          <>
            <dt>Added by</dt>
            <dd>{court.createdBy.username}</dd>
          </>
        ) : null}
      </dl>

      <Can permission={Permission.UpdateCourts}>
        <h2>Edit court</h2>
        <p className="hint">To archive a court, set its status to Closed: it stays on record.</p>
        <CourtForm
          key={court.updatedAt}
          initial={court}
          submitLabel="Save changes"
          onSubmit={async (input) => {
            setSaved(false);
            try {
              await updateCourt({ variables: { id: court.id, input } });
              setSaved(true);
              return undefined;
            } catch (caught) {
              return describeError(caught);
            }
          }}
        />
      </Can>

      <Can permission={Permission.DeleteCourts}>
        <div className="danger-zone">
          <h2>Delete court</h2>
          <ErrorMessage problem={deleteProblem} />
          <button
            type="button"
            className="button-danger"
            disabled={deletion.loading}
            onClick={() => void remove()}
          >
            Delete court
          </button>
        </div>
      </Can>
    </section>
  );
}
