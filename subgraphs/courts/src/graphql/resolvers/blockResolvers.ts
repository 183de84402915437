import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';

import {
  blockBookings,
  blockCourts,
  listMaintenanceBlocks,
} from '../../blocks/listMaintenanceBlocks.js';
import type { MaintenanceBlock } from '../../blocks/maintenanceBlockEntity.js';
import type { MaintenanceBlockInput } from '../../blocks/maintenanceBlockInput.js';
import {
  createMaintenanceBlock,
  maintenanceBlockImpact,
  removeMaintenanceBlock,
} from '../../blocks/maintenanceBlockMutations.js';
import { parseFilterInstant } from '../../bookings/parseFilterInstant.js';
import { formatInstant } from '../../schedule/index.js';
import { requireUser } from '../callers.js';
import type { CourtsContext } from '../courtsContext.js';

async function zoneOf(block: MaintenanceBlock, ctx: CourtsContext): Promise<string> {
  return (await ctx.loadVenue(block.venueId))?.timeZone ?? 'UTC';
}

export const blockResolvers: GraphQLResolverMap<CourtsContext> = {
  Query: {
    maintenanceBlocks: (_source, args: { venueId: string; from?: string | null }, ctx) =>
      listMaintenanceBlocks(
        ctx.em,
        args.venueId,
        parseFilterInstant('from', args.from) ?? new Date(),
      ),
    maintenanceBlockImpact: (_source, args: { input: MaintenanceBlockInput }, ctx) =>
      maintenanceBlockImpact(ctx.em, args.input),
  },

  Mutation: {
    createMaintenanceBlock: (_source, args: { input: MaintenanceBlockInput }, ctx) =>
      createMaintenanceBlock(ctx.em, args.input, requireUser(ctx)),
    removeMaintenanceBlock: (_source, args: { id: string }, ctx) =>
      removeMaintenanceBlock(ctx.em, args.id, requireUser(ctx)),
  },

  MaintenanceBlock: {
    courts: (block: MaintenanceBlock, _args, ctx: CourtsContext) => blockCourts(ctx.em, block.id),
    affectedBookings: (block: MaintenanceBlock, _args, ctx: CourtsContext) =>
      blockBookings(ctx.em, block.id),
    start: async (block: MaintenanceBlock, _args, ctx: CourtsContext) =>
      formatInstant(block.startsAt, await zoneOf(block, ctx)),
    end: async (block: MaintenanceBlock, _args, ctx: CourtsContext) =>
      formatInstant(block.endsAt, await zoneOf(block, ctx)),
    createdBy: (block: MaintenanceBlock) =>
      block.createdBy === null ? null : { __typename: 'User', id: block.createdBy },
    createdAt: (block: MaintenanceBlock) => block.createdAt.toISOString(),
  },
};
