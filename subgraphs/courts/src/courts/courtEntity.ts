import { EntitySchema } from '@mikro-orm/core';

import type { CourtStatus, Sport } from './courtEnums.js';

export interface Court {
  id: string;
  name: string;
  sport: Sport;
  surface: string | null;
  indoor: boolean;
  status: CourtStatus;
  /** Minor units of `hourlyRateCurrency` (cents for EUR), 0..10_000_000. */
  hourlyRateAmount: number;
  /** ISO 4217 code, three capital letters. */
  hourlyRateCurrency: string;
  /** A users-subgraph id; no foreign key, users live in another database. Null for demo data. */
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The unique index (made by the migrations) behind "names are unique ignoring case". */
export const COURT_NAME_UNIQUE_INDEX = 'courts_name_lower_unique';

/** Maps `Court` onto the table made by the migrations; the schema is never synced from here. */
export const CourtSchema = new EntitySchema<Court>({
  name: 'Court',
  tableName: 'courts',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 80 },
    sport: { type: 'string' },
    surface: { type: 'string', length: 40, nullable: true },
    indoor: { type: 'boolean' },
    status: { type: 'string' },
    hourlyRateAmount: { type: 'integer' },
    hourlyRateCurrency: { type: 'string', columnType: 'char(3)' },
    createdBy: { type: 'uuid', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() },
    updatedAt: {
      type: 'Date',
      columnType: 'timestamptz',
      onCreate: () => new Date(),
      onUpdate: () => new Date(),
    },
  },
});
