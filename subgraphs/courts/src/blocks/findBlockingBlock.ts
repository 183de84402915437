import type { EntityManager } from '@mikro-orm/postgresql';

import { MaintenanceBlockSchema, type MaintenanceBlock } from './maintenanceBlockEntity.js';

/** A block in force on the court that overlaps [start, end), if any. */
export async function findBlockingBlock(
  em: EntityManager,
  courtId: string,
  start: Date,
  end: Date,
): Promise<MaintenanceBlock | null> {
  const rows = await em.execute<{ id: string }[]>(
    `select b.id from maintenance_blocks b
     join maintenance_block_courts bc on bc.block_id = b.id
     where bc.court_id = ? and b.removed_at is null and b.starts_at < ? and b.ends_at > ?
     order by b.starts_at limit 1`,
    [courtId, end, start],
  );
  const id = rows[0]?.id;
  return id === undefined ? null : em.findOne(MaintenanceBlockSchema, { id });
}
