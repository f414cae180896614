// What happened to storage, said plainly: a full disk (nothing stored before was lost) and
// the pruning of the oldest listings beyond the retention cap (weekly figures stay).
import type { StorageNotices as Notices } from '@/lib/db/meta';

const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

export function StorageNotices({ notices }: { notices: Notices }) {
  const { storageFull, retention } = notices;
  return (
    <>
      {storageFull && (
        <p class="notice problem" role="alert" data-storage="full">
          Your disk was full on {day(storageFull.at)}: {storageFull.lost} listings seen then could not be saved. Everything
          saved before is safe; free some space and GigLens saves again.
        </p>
      )}
      {retention && retention.prunedTotal > 0 && (
        <p class="notice" data-storage="retention">
          GigLens keeps your newest {retention.cap.toLocaleString('en')} listings: {retention.prunedTotal.toLocaleString('en')} older
          ones were removed (last on {day(retention.lastPrunedAt)}). Weekly figures keep every listing ever seen.
        </p>
      )}
    </>
  );
}
