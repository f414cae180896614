// Runs a body inside one readwrite transaction so that any failure, a thrown error or a full
// disk at commit, aborts the whole transaction: nothing half-written, nothing stored lost.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { GigLensDB } from './schema';

/** A store of any transaction that may write (readwrite, or the upgrade's versionchange). */
export type WritableStore<Name extends StoreNames<GigLensDB>> = IDBPObjectStore<
  GigLensDB,
  ArrayLike<StoreNames<GigLensDB>>,
  Name,
  'readwrite' | 'versionchange'
>;

export async function inTransaction<T>(
  tx: { done: Promise<void>; abort(): void },
  body: () => Promise<T>,
): Promise<T> {
  const done = tx.done;
  // Observed here so an abort is not an unhandled rejection; awaited below for the result.
  done.catch(() => undefined);
  try {
    const result = await body();
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser (a quota error at commit): nothing to undo.
    }
    throw error;
  }
}

/** A full disk reaches us as a QuotaExceededError (DOMException) on a request or at commit. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return /quota/i.test(`${String(name)} ${String(message)}`);
}
