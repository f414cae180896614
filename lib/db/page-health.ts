// The latest parse outcome per site and page kind: what the popup says when a layout changed.
import type { GigLensDatabase } from './open';
import type { PageHealthRecord } from './schema';

export async function recordPageHealth(db: GigLensDatabase, record: PageHealthRecord): Promise<void> {
  await db.put('pageHealth', record);
}

export async function allPageHealth(db: GigLensDatabase): Promise<PageHealthRecord[]> {
  const records = await db.getAll('pageHealth');
  return records.sort((a, b) => b.at - a.at);
}
