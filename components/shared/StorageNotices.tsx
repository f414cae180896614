// What happened to storage, said plainly: a full disk (nothing stored before was lost) and
// the pruning of the oldest listings beyond the retention cap (weekly figures stay).
import { formatDate, t } from '@/lib/i18n';
import type { StorageNotices as Notices } from '@/lib/db/meta';

const day = (ms: number) => formatDate(ms, { month: 'short', day: 'numeric' });

export function StorageNotices({ notices }: { notices: Notices }) {
  const { storageFull, retention } = notices;
  return (
    <>
      {storageFull && (
        <p class="notice problem" role="alert" data-storage="full">
          {t('storage_full', { day: day(storageFull.at), count: storageFull.lost })}
        </p>
      )}
      {retention && retention.prunedTotal > 0 && (
        <p class="notice" data-storage="retention">
          {t('storage_retention', { cap: retention.cap, count: retention.prunedTotal, day: day(retention.lastPrunedAt) })}
        </p>
      )}
    </>
  );
}
