import { Link } from 'react-router';

import type { VenueSummaryFragment } from '../generated/graphql';
import { zoneLabel } from '../time/venueTime';
import { sameEveryDay, weeklyHoursLines } from './openingHours';

/** A venue in the list: where it is, its zone, and when it opens. */
export function VenueCard({ venue }: { venue: VenueSummaryFragment }) {
  const everyDay = sameEveryDay(venue.openingHours);
  return (
    <article className="venue-card">
      <h2>
        <Link to={`/venues/${venue.id}`}>{venue.name}</Link>
      </h2>
      {venue.address ? <p className="address">{venue.address}</p> : null}
      <p className="court-meta">
        <span>{zoneLabel(venue.timeZone)}</span>
      </p>
      {everyDay ? (
        <p>{everyDay}</p>
      ) : (
        <dl className="hours">
          {weeklyHoursLines(venue.openingHours).map((line) => (
            <div key={line.weekday}>
              <dt>{line.label}</dt>
              <dd>{line.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
