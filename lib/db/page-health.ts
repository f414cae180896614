// The latest parse outcome per site and page kind: what the popup says when a layout changed.
import type { GigLensDatabase } from './open';
import type { PageHealthRecord } from './schema';

/** A page's batches may be stored out of order (one resent after its worker stopped): of the
 *  same page within a minute, the fuller counts (a later batch's) are kept. */
const SAME_VIEW_MS = 60_000;

export async function recordPageHealth(db: GigLensDatabase, record: PageHealthRecord): Promise<void> {
  const tx = db.transaction('pageHealth', 'readwrite');
  const old = await tx.store.get([record.platform, record.kind]);
  const fuller = old && old.url === record.url && Math.abs(record.at - old.at) < SAME_VIEW_MS && old.health.found > record.health.found;
  if (!fuller) await tx.store.put(record);
  await tx.done;
}

export async function allPageHealth(db: GigLensDatabase): Promise<PageHealthRecord[]> {
  const records = await db.getAll('pageHealth');
  return records.sort((a, b) => b.at - a.at);
}
