/** Why a session ended; stored in `sessions.revoke_reason` (the migration's check lists them). */
export type RevokeReason =
  | 'logout'
  | 'logout-all'
  | 'refresh-token-reuse'
  | 'user-deactivated'
  | 'password-changed';
