import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import { describeError } from '../errors/describeError';
import { UsersDocument } from '../generated/graphql';
import { formText } from '../layout/formText';

const PAGE_SIZE = 25;

/** Administrators find people by username, name or email, then open one to change roles. */
export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const { data, error, networkStatus, fetchMore } = useQuery(UsersDocument, {
    variables: { first: PAGE_SIZE, search: search === '' ? null : search },
    notifyOnNetworkStatusChange: true,
  });
  const users = data?.users;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = formText(new FormData(event.currentTarget), 'q').trim();
    setParams(value === '' ? {} : { q: value });
  };

  return (
    <section aria-labelledby="users-heading">
      <h1 id="users-heading">People</h1>
      <form className="filters" role="search" aria-label="Search people" onSubmit={submit}>
        <div className="field">
          <label htmlFor="users-search">Username, name or email</label>
          <div className="search-row">
            <input id="users-search" name="q" type="search" defaultValue={search} key={search} />
            <button type="submit">Search</button>
          </div>
        </div>
      </form>
      <ErrorMessage problem={error ? describeError(error) : undefined} />
      {!users && !error ? (
        <p className="loading" role="status">
          Loading people…
        </p>
      ) : null}
      {users ? (
        <>
          <p className="result-count" role="status">
            {users.totalCount === 1 ? '1 person' : `${users.totalCount} people`}
          </p>
          {users.edges.length === 0 ? (
            <p className="empty">Nobody matches “{search}”.</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Username</th>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Roles</th>
                  </tr>
                </thead>
                <tbody>
                  {users.edges.map(({ node }) => (
                    <tr key={node.id} className={node.active ? undefined : 'inactive'}>
                      <th scope="row">
                        <Link to={`/admin/users/${node.id}`}>{node.username}</Link>
                        {node.active ? null : <span className="badge"> deactivated</span>}
                      </th>
                      <td>{node.displayName}</td>
                      <td>{node.email}</td>
                      <td>{node.roles.join(', ') || 'none'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {users.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="load-more"
              disabled={networkStatus === NetworkStatus.fetchMore}
              onClick={() => void fetchMore({ variables: { after: users.pageInfo.endCursor } })}
            >
              Show more people
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
