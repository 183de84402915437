import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '../errors/ErrorMessage';
import type { Problem } from '../errors/Problem';
import { describeError } from '../errors/describeError';
import { AssignRoleDocument, RevokeRoleDocument, UserRolesDocument } from '../generated/graphql';
import { useSession } from '../session/SessionContext';
import { Permission } from '../session/permissions';

/** One person's roles; holders of roles:manage grant and revoke them here. */
export function UserPage() {
  const { userId = '' } = useParams();
  const session = useSession();
  const mayManage = session.can(Permission.ManageRoles);
  const [problem, setProblem] = useState<Problem>();
  const [announcement, setAnnouncement] = useState('');
  const { data, error, loading } = useQuery(UserRolesDocument, { variables: { id: userId } });
  const [assignRole, assigning] = useMutation(AssignRoleDocument);
  const [revokeRole, revoking] = useMutation(RevokeRoleDocument);
  const busy = assigning.loading || revoking.loading;

  if (loading && !data)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  if (error) return <ErrorMessage problem={describeError(error)} />;
  const user = data?.user;
  if (!user || !data) {
    return (
      <section className="panel">
        <h1>No such person</h1>
        <p>
          <Link to="/admin/users">Back to people</Link>
        </p>
      </section>
    );
  }

  const change = async (role: string, grant: boolean) => {
    setProblem(undefined);
    setAnnouncement('');
    try {
      const variables = { userId: user.id, role };
      if (grant) await assignRole({ variables });
      else await revokeRole({ variables });
      setAnnouncement(`${grant ? 'Granted' : 'Revoked'} ${role}.`);
    } catch (caught) {
      setProblem(describeError(caught));
    }
  };

  return (
    <section aria-labelledby="user-heading">
      <p className="breadcrumb">
        <Link to="/admin/users">People</Link>
      </p>
      <h1 id="user-heading">{user.displayName}</h1>
      <dl className="facts">
        <dt>Username</dt>
        <dd>{user.username}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Account</dt>
        <dd>{user.active ? 'Active' : 'Deactivated'}</dd>
      </dl>
      <h2>Roles</h2>
      <ErrorMessage problem={problem} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ul className="role-list">
        {data.roles.map((role) => {
          const held = user.roles.includes(role.name);
          return (
            <li key={role.name} className={held ? 'role held' : 'role'}>
              <div>
                <h3>
                  {role.name} {held ? <span className="badge badge-ok">held</span> : null}
                </h3>
                <p>{role.description}</p>
                <p className="permissions">{role.permissions.join(' · ') || 'No permissions'}</p>
              </div>
              {mayManage ? (
                <button
                  type="button"
                  className={held ? 'button-danger' : 'button-primary'}
                  disabled={busy}
                  aria-label={roleButtonLabel(held, role.name, user.username)}
                  onClick={() => void change(role.name, !held)}
                >
                  {held ? 'Revoke' : 'Grant'}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <h2>Effective permissions</h2>
      <p className="permissions">{user.permissions.join(' · ') || 'None'}</p>
    </section>
  );
}

/** "Grant staff to ana" or "Revoke staff from ana": what the button does, to whom. */
function roleButtonLabel(held: boolean, role: string, username: string): string {
  return held ? `Revoke ${role} from ${username}` : `Grant ${role} to ${username}`;
}
