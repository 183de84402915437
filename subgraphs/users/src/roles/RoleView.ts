/** A role as the API shows it and the audit log records it. */
export interface RoleView {
  name: string;
  description: string;
  system: boolean;
  /** Sorted permission names. */
  permissions: string[];
}
