import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { CourtAvailabilitySection } from '../availability/CourtAvailabilitySection';
import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import { CourtDocument, DeleteCourtDocument, UpdateCourtDocument } from '../generated/graphql';
import { Can } from '../session/Can';
import { useSession } from '../session/SessionContext';
import { Permission } from '../session/permissions';
import { ArchiveCourtButton } from './ArchiveCourtButton';
import { CourtFacts } from './CourtFacts';
import { CourtForm } from './CourtForm';
import { statusLabel } from './labels';

/** One court: details and free times for everyone; edit, archive and delete for staff. */
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

  // A court from a list has only the list's fields: wait for the details.
  if (loading && !data?.court?.bookingRules)
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

  const bookable = court.status === 'ACTIVE' && court.archivedAt === null;
  return (
    <section aria-labelledby="court-heading">
      <p className="breadcrumb">
        <Link to="/">All courts</Link> ›{' '}
        <Link to={`/venues/${court.venue.id}`}>{court.venue.name}</Link>
      </p>
      <h1 id="court-heading">{court.name}</h1>
      {saved ? (
        <p className="notice notice-ok" role="status">
          Saved.
        </p>
      ) : null}
      <CourtFacts court={court} showCreator={session.state.status === 'signed-in'} />

      {bookable ? (
        <CourtAvailabilitySection
          court={court}
          maxAdvanceDays={court.bookingRules.maxAdvanceDays}
        />
      ) : (
        <p className="notice">
          {court.archivedAt
            ? 'This court is archived and takes no bookings.'
            : `This court is ${statusLabel(court.status).toLowerCase()} and takes no bookings now.`}
        </p>
      )}

      <Can permission={Permission.UpdateCourts}>
        <h2>Edit court</h2>
        <CourtForm
          key={court.updatedAt}
          initial={court}
          submitLabel="Save changes"
          onSubmit={async ({ venueId: _unchangeable, ...input }) => {
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
        <ArchiveCourtButton court={court} />
      </Can>

      <Can permission={Permission.DeleteCourts}>
        <div className="danger-zone">
          <h2>Delete court</h2>
          <p className="hint">Only a court that was never booked can be deleted; archive others.</p>
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
