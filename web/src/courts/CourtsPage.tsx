import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import { describeError } from '../errors/describeError';
import { CourtsDocument } from '../generated/graphql';
import { Can } from '../session/Can';
import { Permission } from '../session/permissions';
import { CourtCard } from './CourtCard';
import { CourtFilters } from './CourtFilters';
import { filterFromParams, paramsFromFilter } from './courtFilterParams';

const PAGE_SIZE = 12;

/** Everyone's front page: courts by name, filtered, a page at a time. */
export function CourtsPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const { data, error, networkStatus, fetchMore } = useQuery(CourtsDocument, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const courts = data?.courts;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = Boolean(
    filter.venueId || filter.sport || filter.search || typeof filter.indoor === 'boolean',
  );

  return (
    <section aria-labelledby="courts-heading">
      <div className="page-head">
        <h1 id="courts-heading">Courts</h1>
        <Can permission={Permission.CreateCourts}>
          <Link className="button button-primary" to="/courts/new">
            New court
          </Link>
        </Can>
      </div>
      <CourtFilters filter={filter} onChange={(next) => setParams(paramsFromFilter(next))} />
      <ErrorMessage problem={error ? describeError(error) : undefined} />
      {!courts && !error ? (
        <p className="loading" role="status">
          Loading courts…
        </p>
      ) : null}
      {courts ? (
        <>
          <p className="result-count" role="status">
            {courts.totalCount === 1 ? '1 court' : `${courts.totalCount} courts`}
            {filtered ? ' match' : ''}
          </p>
          {courts.edges.length === 0 ? (
            <div className="empty">
              <p>{filtered ? 'No court matches these filters.' : 'No courts yet.'}</p>
              {filtered ? (
                <button type="button" onClick={() => setParams(new URLSearchParams())}>
                  Clear filters
                </button>
              ) : null}
            </div>
          ) : (
            <ul className="court-grid">
              {courts.edges.map(({ node }) => (
                <li key={node.id}>
                  <CourtCard court={node} />
                </li>
              ))}
            </ul>
          )}
          {courts.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="load-more"
              disabled={loadingMore}
              onClick={() => void fetchMore({ variables: { after: courts.pageInfo.endCursor } })}
            >
              {loadingMore ? 'Loading…' : 'Show more courts'}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
