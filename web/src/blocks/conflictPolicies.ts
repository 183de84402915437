import type { MaintenanceConflictPolicy } from '../generated/graphql';

/** The three answers to "what about bookings already made?", as staff read them. */
export const CONFLICT_POLICIES: readonly {
  value: MaintenanceConflictPolicy;
  label: string;
}[] = [
  { value: 'REJECT', label: 'Do not place the block if it meets any booking' },
  { value: 'CANCEL_BOOKINGS', label: 'Cancel the bookings it meets, giving the reason' },
  { value: 'KEEP_FLAGGED', label: 'Keep those bookings, flagged for staff to sort out' },
];

export function policyLabel(policy: MaintenanceConflictPolicy): string {
  return CONFLICT_POLICIES.find((item) => item.value === policy)?.label ?? policy;
}

export function isConflictPolicy(value: string): value is MaintenanceConflictPolicy {
  return CONFLICT_POLICIES.some((item) => item.value === value);
}
