// Listing counts and retention, inside the writer's transaction. Aggregates are kept forever,
// raw listings only up to the user's cap: beyond it the listings seen longest ago go first,
// except the ones the user saved, and the popup shows a notice.
import type { Platform } from '../model/listing';
import type { StoredListing } from './schema';
import type { WritableStore } from './transaction';

type PlatformCounts = Record<Platform, number>;

async function exactCounts(listings: WritableStore<'listings'>): Promise<PlatformCounts> {
  const index = listings.index('by-platform-lastSeen');
  const [upwork, fiverr] = await Promise.all(
    (['upwork', 'fiverr'] as const).map((p) => index.count(IDBKeyRange.bound([p, -Infinity], [p, Infinity]))),
  );
  return { upwork: upwork ?? 0, fiverr: fiverr ?? 0 };
}

/** `added`: the listings this write stored for the first time. Returns how many listings were
 *  pruned. Counts are kept in `meta` so neither the cap nor the popup has to count the store;
 *  before deleting anything they are recounted exactly. */
export async function pruneBeyondCap(
  listings: WritableStore<'listings'>,
  meta: WritableStore<'meta'>,
  added: readonly StoredListing[],
  cap: number,
  now: number,
): Promise<number> {
  const kept = await meta.get('platformCounts');
  let counts: PlatformCounts =
    kept?.key === 'platformCounts' ? { upwork: kept.upwork, fiverr: kept.fiverr } : await exactCounts(listings);
  if (kept?.key === 'platformCounts') for (const l of added) counts[l.platform]++;
  let pruned = 0;
  if (counts.upwork + counts.fiverr > cap) {
    counts = await exactCounts(listings);
    const excess = counts.upwork + counts.fiverr - cap;
    let cursor = await listings.index('by-lastSeen').openCursor();
    while (cursor && pruned < excess) {
      if (cursor.value.s === undefined) {
        counts[cursor.value.platform]--;
        await cursor.delete();
        pruned++;
      }
      cursor = await cursor.continue();
    }
  }
  if (pruned) {
    const notice = await meta.get('retention');
    const before = notice?.key === 'retention' ? notice.prunedTotal : 0;
    await meta.put({ key: 'retention', cap, prunedTotal: before + pruned, lastPrunedAt: now, lastPrunedCount: pruned });
  }
  await Promise.all([
    meta.put({ key: 'platformCounts', ...counts }),
    meta.put({ key: 'listingCount', count: counts.upwork + counts.fiverr }),
  ]);
  return pruned;
}
