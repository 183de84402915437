import { Link } from 'react-router';

import type { CourtQuery } from '../generated/graphql';
import { formatMinutes } from '../time/formatMinutes';
import { zoneLabel } from '../time/venueTime';
import { formatLabel, formatMoney, sportLabel, statusLabel } from './labels';

type Court = NonNullable<CourtQuery['court']>;

/** Everything a member wants to know about a court before booking it. */
export function CourtFacts({ court, showCreator }: { court: Court; showCreator: boolean }) {
  const rules = court.bookingRules;
  const cutoff = rules.cancellationCutoffMinutes;
  return (
    <>
      {court.description ? <p className="description">{court.description}</p> : null}
      <dl className="facts">
        <dt>Venue</dt>
        <dd>
          <Link to={`/venues/${court.venue.id}`}>{court.venue.name}</Link> (
          {zoneLabel(court.venue.timeZone)})
        </dd>
        <dt>Sport</dt>
        <dd>
          {sportLabel(court.sport)}
          {court.format ? `, ${formatLabel(court.format)}` : ''}
        </dd>
        <dt>Setting</dt>
        <dd>
          {court.indoor ? 'Indoor' : 'Outdoor'}
          {court.lights ? ', with lights' : ', no lights'}
        </dd>
        <dt>Surface</dt>
        <dd>{court.surface ?? 'Not given'}</dd>
        {court.playerCapacity !== null ? (
          <>
            <dt>Players</dt>
            <dd>Up to {court.playerCapacity}</dd>
          </>
        ) : null}
        {court.amenities.length > 0 ? (
          <>
            <dt>Amenities</dt>
            <dd>{court.amenities.join(', ')}</dd>
          </>
        ) : null}
        <dt>Price</dt>
        <dd>{formatMoney(court.hourlyRate)} per hour</dd>
        <dt>Status</dt>
        <dd>{court.archivedAt ? 'Archived' : statusLabel(court.status)}</dd>
        <dt>Bookings</dt>
        <dd>
          {rules.minDurationMinutes === rules.maxDurationMinutes
            ? formatMinutes(rules.minDurationMinutes)
            : `${formatMinutes(rules.minDurationMinutes)} to ` +
              formatMinutes(rules.maxDurationMinutes)}
          , up to {rules.maxAdvanceDays} days ahead
          {rules.minNoticeMinutes > 0
            ? `, at least ${formatMinutes(rules.minNoticeMinutes)} ahead`
            : ''}
        </dd>
        <dt>Cancelling</dt>
        <dd>
          {cutoff === null
            ? 'Online until the booking ends'
            : cutoff === 0
              ? 'Online until the booking starts'
              : `Online until ${formatMinutes(cutoff)} before the start`}
        </dd>
        {court.photoUrls.length > 0 ? (
          <>
            <dt>Photos</dt>
            <dd>
              {/* Links, not images: the app's content policy loads nothing from elsewhere. */}
              {court.photoUrls.map((url, index) => (
                <a key={url} href={url} rel="noreferrer noopener" target="_blank">
                  Photo {index + 1}
                  {index < court.photoUrls.length - 1 ? ', ' : ''}
                </a>
              ))}
            </dd>
          </>
        ) : null}
        {court.createdBy && showCreator ? (
          <>
            <dt>Added by</dt>
            <dd>{court.createdBy.username}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
