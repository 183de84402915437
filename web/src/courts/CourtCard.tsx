import { Link } from 'react-router';

import type { CourtFieldsFragment } from '../generated/graphql';
import { formatMoney, sportLabel, statusLabel } from './labels';

export function CourtCard({ court }: { court: CourtFieldsFragment }) {
  return (
    <article className="court-card">
      <h2>
        <Link to={`/courts/${court.id}`}>{court.name}</Link>
      </h2>
      <p className="venue-name">{court.venue.name}</p>
      <p className="court-meta">
        <span>{sportLabel(court.sport)}</span>
        <span>{court.indoor ? 'Indoor' : 'Outdoor'}</span>
        {court.surface ? <span>{court.surface}</span> : null}
      </p>
      <p className="court-price">
        {formatMoney(court.hourlyRate)} <span className="per">per hour</span>
      </p>
      {court.archivedAt ? <p className="badge badge-closed">Archived</p> : null}
      {court.status !== 'ACTIVE' && !court.archivedAt ? (
        <p className={`badge badge-${court.status.toLowerCase()}`}>{statusLabel(court.status)}</p>
      ) : null}
    </article>
  );
}
