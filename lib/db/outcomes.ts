// The `outcomes` store (schema v3): what the user marked on jobs they applied to. Only the
// background writes; the popup and dashboard read the ledger from it.
import { applyMark, type OutcomeMark, type OutcomeRecord } from '../connects/outcome';
import type { Platform } from '../model/listing';
import type { GigLensDatabase } from './schema';

/** Stores a mark in one transaction, keeping when the user first applied and each step. */
export async function recordOutcome(db: GigLensDatabase, mark: OutcomeMark, now = Date.now()): Promise<OutcomeRecord> {
  const tx = db.transaction('outcomes', 'readwrite');
  const old = await tx.store.get([mark.platform, mark.id]);
  const next = applyMark(old, mark, now);
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** Forgets a mark the user set by mistake. */
export async function clearOutcome(db: GigLensDatabase, platform: Platform, id: string): Promise<void> {
  await db.delete('outcomes', [platform, id]);
}

export async function getOutcome(db: GigLensDatabase, platform: Platform, id: string): Promise<OutcomeRecord | null> {
  return (await db.get('outcomes', [platform, id])) ?? null;
}

/** Every application, oldest first (one user's applications stay in the thousands). */
export async function allOutcomes(db: GigLensDatabase): Promise<OutcomeRecord[]> {
  return db.getAllFromIndex('outcomes', 'by-applied');
}

export async function outcomesInCategory(db: GigLensDatabase, categoryId: string): Promise<OutcomeRecord[]> {
  return db.getAllFromIndex('outcomes', 'by-category', categoryId);
}
