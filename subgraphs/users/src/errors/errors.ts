import { GraphQLError } from 'graphql';

import { ErrorCode } from './errorCodes.js';

/**
 * The only way resolvers report a failure to a client. Each factory writes its message once and
 * the message says what the caller can do about it. Anything thrown that is not a `UsersError`
 * is masked as INTERNAL_SERVER_ERROR.
 */
export class UsersError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extra, code } });
    this.name = 'UsersError';
  }
}

export const errors = {
  invalidInput(field: string, message: string): UsersError {
    return new UsersError(ErrorCode.BadUserInput, message, { field });
  },
  /** `label`: how the message names the field to a person, e.g. "the display name". */
  controlCharacter(field: string, label: string): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      `Remove the control characters (such as NUL, tabs or line breaks) from ${label}.`,
      { field },
    );
  },
  formatCharacter(field: string, label: string): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      `Remove the invisible formatting characters (such as direction overrides or zero-width ` +
        `spaces) from ${label}; only joiners of emoji and scripts that need them are allowed.`,
      { field },
    );
  },
  unpairedSurrogate(field: string, label: string): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      `Send ${label} as well-formed Unicode text: it holds half of a surrogate pair.`,
      { field },
    );
  },
  usernameTaken(): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      'This username is already taken. Choose another username.',
      { field: 'username' },
    );
  },
  emailTaken(): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      'An account with this email already exists. Sign in, or use another email.',
      { field: 'email' },
    );
  },
  invalidCredentials(): UsersError {
    // One message for unknown user, wrong password and inactive user: a login never says
    // which half was wrong.
    return new UsersError(ErrorCode.Unauthenticated, 'Invalid username or password.');
  },
  /** Same answer whether the account or the client address reached its limit. */
  tooManyLoginAttempts(retryAfterSeconds: number): UsersError {
    return new UsersError(
      ErrorCode.TooManyRequests,
      `Too many failed sign-ins. Wait ${retryAfterSeconds} seconds, then try again.`,
      { retryAfterSeconds },
    );
  },
  signInRequired(): UsersError {
    return new UsersError(
      ErrorCode.Unauthenticated,
      'Sign in first: send an access token in the Authorization header.',
    );
  },
  missingPermission(permission: string): UsersError {
    return new UsersError(
      ErrorCode.Forbidden,
      `You need the "${permission}" permission. Ask an administrator to grant it.`,
      { permission },
    );
  },
  permissionsOfOtherUser(): UsersError {
    return new UsersError(
      ErrorCode.Forbidden,
      'You can only read your own permissions unless you hold "users:read".',
      { permission: 'users:read' },
    );
  },
  userNotFound(): UsersError {
    return new UsersError(ErrorCode.NotFound, 'No user has this id. Check the userId argument.', {
      field: 'userId',
    });
  },
  unknownRole(role: string): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      `There is no role named "${role}". Use one of the existing role names.`,
      { field: 'role' },
    );
  },
  lastRoleManager(): UsersError {
    return new UsersError(
      ErrorCode.Conflict,
      'This would leave nobody holding "roles:manage". Grant it to another active user first.',
      { field: 'role' },
    );
  },
  permissionCacheStale(): UsersError {
    return new UsersError(
      ErrorCode.ServiceUnavailable,
      'The change was saved, but the permission cache could not be updated. ' +
        'Repeat the same request: it is safe to retry.',
    );
  },
  invalidRefreshToken(): UsersError {
    // One message for unknown, malformed, reused and revoked tokens: the answer never tells
    // a thief which of them they hold.
    return new UsersError(
      ErrorCode.Unauthenticated,
      'This refresh token is invalid or its session has ended. Sign in again.',
    );
  },
  commonPassword(field: string): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      'This password is among the most commonly used ones and easy to guess. ' +
        'Choose a less common password, such as a few unrelated words.',
      { field },
    );
  },
  wrongCurrentPassword(): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      'The current password is not correct. Enter the password you sign in with now.',
      { field: 'currentPassword' },
    );
  },
  lastRoleManagerDeactivation(): UsersError {
    return new UsersError(
      ErrorCode.Conflict,
      'This user is the last active holder of "roles:manage". ' +
        'Grant it to another active user before deactivating this one.',
      { field: 'userId' },
    );
  },
  internal(requestId: string): UsersError {
    return new UsersError(
      ErrorCode.InternalServerError,
      `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
      { requestId },
    );
  },
  roleNotFound(name: string): UsersError {
    return new UsersError(
      ErrorCode.NotFound,
      `There is no role named "${name}". Check the name argument against the roles query.`,
      { field: 'name' },
    );
  },
  roleNameTaken(): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      'A role with this name already exists. Choose another name, or change that role.',
      { field: 'name' },
    );
  },
  unknownPermission(permission: string): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      `There is no permission named "${permission}". Use names from the permissions query.`,
      { field: 'permissions', permission },
    );
  },
  /** System roles come from a migration and code relies on them, so they cannot go. */
  systemRole(name: string): UsersError {
    return new UsersError(
      ErrorCode.Conflict,
      `The role "${name}" is a system role and cannot be deleted. Change its permissions instead.`,
      { field: 'name', reason: 'SYSTEM_ROLE' },
    );
  },
  roleInUse(name: string, holders: number): UsersError {
    return new UsersError(
      ErrorCode.Conflict,
      `${holders} user(s) still hold the role "${name}". Revoke it from them, then delete it.`,
      { field: 'name', reason: 'ROLE_IN_USE', holders },
    );
  },
  invalidCursor(): UsersError {
    return new UsersError(
      ErrorCode.BadUserInput,
      'The after cursor is not one this list gave out. Pass an endCursor from the same query.',
      { field: 'after' },
    );
  } /** Like userNotFound, for operations whose argument is `id`. */,
  noUserWithId(): UsersError {
    return new UsersError(ErrorCode.NotFound, 'No user has this id. Check the id argument.', {
      field: 'id',
    });
  },
};
