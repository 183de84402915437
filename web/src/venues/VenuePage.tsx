import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { sportLabel, statusLabel } from '../courts/labels';
import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import { RemoveHoursExceptionDocument, VenueDocument } from '../generated/graphql';
import { Can } from '../session/Can';
import { Permission } from '../session/permissions';
import { addDays, formatVenueDate, todayAt, zoneLabel } from '../time/venueTime';
import { HoursExceptionForm } from './HoursExceptionForm';
import { WeeklyHoursForm } from './WeeklyHoursForm';
import { intervalsText, weeklyHoursLines } from './openingHours';

/** One venue: address, zone, weekly hours, coming exceptions and courts; hours for staff. */
export function VenuePage() {
  const { venueId = '' } = useParams();
  // Yesterday in UTC is on or before today in every zone; older exceptions are filtered below.
  const from = addDays(new Date().toISOString().slice(0, 10), -1);
  const { data, error, loading } = useQuery(VenueDocument, { variables: { id: venueId, from } });
  const [removeException, removal] = useMutation(RemoveHoursExceptionDocument, {
    refetchQueries: ['Venue'],
    awaitRefetchQueries: true,
  });
  const [removeProblem, setRemoveProblem] = useState<Problem>();

  if (loading && !data)
    return (
      <p className="loading" role="status">
        Loading venue…
      </p>
    );
  if (error) return <ErrorMessage problem={describeError(error)} />;
  const venue = data?.venue;
  if (!venue) {
    return (
      <section className="panel">
        <h1>Venue not found</h1>
        <p>
          <Link to="/venues">See all venues</Link>
        </p>
      </section>
    );
  }
  const today = todayAt(venue.timeZone);
  const exceptions = venue.hoursExceptions.filter((item) => item.date >= today);

  const remove = async (date: string) => {
    try {
      await removeException({ variables: { venueId: venue.id, date } });
      setRemoveProblem(undefined);
    } catch (caught) {
      setRemoveProblem(describeError(caught));
    }
  };

  return (
    <section aria-labelledby="venue-heading">
      <p className="breadcrumb">
        <Link to="/venues">All venues</Link>
      </p>
      <h1 id="venue-heading">{venue.name}</h1>
      {venue.address ? <p className="address">{venue.address}</p> : null}
      <p>
        All times at this venue are <strong>{zoneLabel(venue.timeZone)}</strong>.
      </p>

      <h2>Opening hours</h2>
      <dl className="hours">
        {weeklyHoursLines(venue.openingHours).map((line) => (
          <div key={line.weekday}>
            <dt>{line.label}</dt>
            <dd>{line.text}</dd>
          </div>
        ))}
      </dl>

      <h2>Coming exceptions</h2>
      <ErrorMessage problem={removeProblem} />
      {exceptions.length === 0 ? (
        <p className="empty">None: the weekly hours apply.</p>
      ) : (
        <ul className="plain-list">
          {exceptions.map((item) => (
            <li key={item.date}>
              <strong>{formatVenueDate(item.date)}</strong>:{' '}
              {item.closed ? 'Closed' : intervalsText(item.intervals)}
              {item.reason ? ` (${item.reason})` : ''}
              <Can permission={Permission.ManageVenues}>
                {' '}
                <button
                  type="button"
                  className="button-small"
                  disabled={removal.loading}
                  onClick={() => void remove(item.date)}
                >
                  Remove exception of {item.date}
                </button>
              </Can>
            </li>
          ))}
        </ul>
      )}

      <h2>Courts</h2>
      {venue.courts.length === 0 ? (
        <p className="empty">No courts at this venue yet.</p>
      ) : (
        <ul className="plain-list">
          {venue.courts.map((court) => (
            <li key={court.id}>
              <Link to={`/courts/${court.id}`}>{court.name}</Link> · {sportLabel(court.sport)} ·{' '}
              {court.indoor ? 'Indoor' : 'Outdoor'}
              {court.status === 'ACTIVE' ? '' : ` · ${statusLabel(court.status)}`}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/?venue=${venue.id}`}>Browse and filter this venue’s courts</Link>
      </p>

      <Can permission={Permission.ManageVenues}>
        <h2>Manage hours</h2>
        <WeeklyHoursForm key={JSON.stringify(venue.openingHours)} venue={venue} />
        <HoursExceptionForm venueId={venue.id} />
      </Can>
    </section>
  );
}
