import { EntitySchema } from '@mikro-orm/core';

export const CONFLICT_POLICIES = ['REJECT', 'CANCEL_BOOKINGS', 'KEEP_FLAGGED'] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];

/**
 * Courts of one venue out of use for [startsAt, endsAt). A removed block stays as history
 * (removedAt set) and no longer blocks anything.
 */
export interface MaintenanceBlock {
  id: string;
  venueId: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  conflictPolicy: ConflictPolicy;
  createdBy: string | null;
  createdAt: Date;
  removedAt: Date | null;
  removedBy: string | null;
}

export const MaintenanceBlockSchema = new EntitySchema<MaintenanceBlock>({
  name: 'MaintenanceBlock',
  tableName: 'maintenance_blocks',
  properties: {
    id: { type: 'uuid', primary: true },
    venueId: { type: 'uuid' },
    startsAt: { type: 'Date', columnType: 'timestamptz' },
    endsAt: { type: 'Date', columnType: 'timestamptz' },
    reason: { type: 'string', length: 300 },
    conflictPolicy: { type: 'string' },
    createdBy: { type: 'uuid', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
    removedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    removedBy: { type: 'uuid', nullable: true },
  },
});
