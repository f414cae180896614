// Retention: aggregates are kept forever, raw listings only up to the user's cap. Beyond it the
// listings seen longest ago go first, except the ones the user saved; the popup shows a notice.
import type { WritableStore } from './transaction';

/** Runs inside the writer's transaction: `added` listings were just stored. Returns how many
 *  listings were pruned. */
export async function pruneBeyondCap(
  listings: WritableStore<'listings'>,
  meta: WritableStore<'meta'>,
  added: number,
  cap: number,
  now: number,
): Promise<number> {
  const counted = await meta.get('listingCount');
  let count = (counted?.key === 'listingCount' ? counted.count : 0) + added;
  if (count > cap) count = await listings.count(); // exact before deleting anything
  let pruned = 0;
  if (count > cap) {
    let cursor = await listings.index('by-lastSeen').openCursor();
    while (cursor && pruned < count - cap) {
      if (cursor.value.savedAt === undefined) {
        await cursor.delete();
        pruned++;
      }
      cursor = await cursor.continue();
    }
    count -= pruned;
    const notice = await meta.get('retention');
    const before = notice?.key === 'retention' ? notice.prunedTotal : 0;
    await meta.put({ key: 'retention', cap, prunedTotal: before + pruned, lastPrunedAt: now, lastPrunedCount: pruned });
  }
  await meta.put({ key: 'listingCount', count });
  return pruned;
}
