import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import { CourtSchema, type Court } from '../courts/courtEntity.js';

type DemoCourt = Pick<
  Court,
  'name' | 'sport' | 'surface' | 'indoor' | 'status' | 'hourlyRateAmount' | 'hourlyRateCurrency'
>;

const DEMO_COURTS: DemoCourt[] = [
  {
    name: 'Centre Court',
    sport: 'TENNIS',
    surface: 'clay',
    indoor: false,
    status: 'ACTIVE',
    hourlyRateAmount: 2500,
    hourlyRateCurrency: 'EUR',
  },
  {
    name: 'Padel Hall 1',
    sport: 'PADEL',
    surface: 'artificial grass',
    indoor: true,
    status: 'ACTIVE',
    hourlyRateAmount: 3200,
    hourlyRateCurrency: 'EUR',
  },
  {
    name: 'Badminton Court A',
    sport: 'BADMINTON',
    surface: 'wood',
    indoor: true,
    status: 'MAINTENANCE',
    hourlyRateAmount: 1500,
    hourlyRateCurrency: 'EUR',
  },
];

/**
 * Gives a fresh development database something to list. Runs only when NODE_ENV is
 * `development` and the table is empty, so it never touches real data. Demo courts have no
 * creator: no user exists yet when they are made.
 */
export async function seedDemoCourts(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(CourtSchema)) > 0) return;
  const now = new Date();
  for (const demo of DEMO_COURTS) {
    em.create(CourtSchema, {
      ...demo,
      id: randomUUID(),
      createdBy: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  await em.flush();
  logger.info({ courts: DEMO_COURTS.length }, 'demo courts seeded');
}
