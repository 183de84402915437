import type { ConflictPolicy } from './maintenanceBlockEntity.js';

/** `MaintenanceBlockInput` as GraphQL hands it over. */
export interface MaintenanceBlockInput {
  courtIds: string[];
  start: string;
  end: string;
  reason: string;
  conflictPolicy: ConflictPolicy;
}
