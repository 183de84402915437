import { randomUUID } from 'node:crypto';

import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { courtsErrors } from '../errors/courtsErrors.js';
import { inOwnTransaction } from '../db/inOwnTransaction.js';
import { addLocalDays, parseLocalDate } from '../schedule/index.js';
import { checkHoursException } from './checkOpeningHours.js';
import { lockVenueOrFail } from './findVenue.js';
import { loadExceptions } from './loadExceptions.js';
import {
  VENUE_NAME_UNIQUE_INDEX,
  VenueHoursExceptionSchema,
  VenueSchema,
  type Venue,
} from './venueEntity.js';
import type { CreateVenueInput, HoursExceptionInput, UpdateVenueInput } from './venueInput.js';
import { validateCreateVenue, validateUpdateVenue } from './validateVenueInput.js';

async function flushVenue(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    const constraint = (error as { constraint?: unknown }).constraint;
    if (error instanceof UniqueConstraintViolationException) {
      if (constraint === VENUE_NAME_UNIQUE_INDEX) throw courtsErrors.duplicateVenueName();
    }
    throw error;
  }
}

export async function createVenue(em: EntityManager, input: CreateVenueInput): Promise<Venue> {
  const fields = validateCreateVenue(input);
  return inOwnTransaction(em, async (tx) => {
    const venue = tx.create(VenueSchema, {
      id: randomUUID(),
      ...fields,
      isDefault: false,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await flushVenue(tx);
    return venue;
  });
}

/**
 * Changing the time zone or the hours changes which future slots exist; bookings already made
 * stand (they are instants), and staff see them in the new zone.
 */
export async function updateVenue(
  em: EntityManager,
  id: string,
  input: UpdateVenueInput,
): Promise<Venue> {
  const changes = validateUpdateVenue(input);
  return inOwnTransaction(em, async (tx) => {
    const venue = await lockVenueOrFail(tx, id, 'id');
    tx.assign(venue, changes);
    await flushVenue(tx);
    return venue;
  });
}

/** Upserts the exception of one date: a second call for that date replaces the first. */
export async function setHoursException(
  em: EntityManager,
  venueId: string,
  input: HoursExceptionInput,
): Promise<Venue> {
  return inOwnTransaction(em, async (tx) => {
    const venue = await lockVenueOrFail(tx, venueId);
    // Under the venue's lock: the neighbours cannot change between this check and the write.
    const date = parseLocalDate(input.date);
    const neighbours = date.ok
      ? await loadExceptions(tx, venue.id, addLocalDays(date.date, -1), addLocalDays(date.date, 1))
      : [];
    const exception = checkHoursException(input, venue.openingHours, neighbours);
    await tx.upsert(VenueHoursExceptionSchema, { venueId: venue.id, ...exception });
    return venue;
  });
}

export async function removeHoursException(
  em: EntityManager,
  venueId: string,
  date: string,
): Promise<Venue> {
  return inOwnTransaction(em, async (tx) => {
    const venue = await lockVenueOrFail(tx, venueId);
    await tx.nativeDelete(VenueHoursExceptionSchema, { venueId: venue.id, date });
    return venue;
  });
}
