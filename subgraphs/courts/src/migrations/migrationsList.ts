import type { MigrationObject } from '@mikro-orm/core';

import { Migration20251204000000CreateCourts } from './Migration20251204000000CreateCourts.js';
// prettier-ignore
import { Migration20261205000000VenuesAndBookings } from
  './Migration20261205000000VenuesAndBookings.js';

/**
 * Every migration, in order. Listed by hand because folder discovery fails under Jest ESM and
 * would ship whatever files happen to sit in dist/.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20251204000000CreateCourts', class: Migration20251204000000CreateCourts },
  {
    name: 'Migration20261205000000VenuesAndBookings',
    class: Migration20261205000000VenuesAndBookings,
  },
];
