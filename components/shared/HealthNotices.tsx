// Parse health said plainly: a changed layout or a blocked page is a visible notice, and a
// healthy history is one quiet line.
import { healthNotices } from '@/lib/insights/health';
import type { PageHealthRecord } from '@/lib/db/schema';
import { formatDate, t } from '@/lib/i18n';

const when = (ms: number) => formatDate(ms, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function HealthNotices({ records, showOk = false }: { records: PageHealthRecord[]; showOk?: boolean }) {
  const notices = healthNotices(records, when);
  const trouble = notices.filter((n) => n.level !== 'ok');
  if (records.length === 0) return <p class="muted">{t('health_none')}</p>;
  return (
    <div class="health">
      {trouble.length === 0 && <p class="muted" data-health="ok">{t('health_all_ok')}</p>}
      {(showOk ? notices : trouble).map((n) => (
        <p key={`${n.platform}:${n.kind}`} class={`notice ${n.level}`} data-health={n.level} role={n.level === 'problem' ? 'alert' : undefined}>
          {n.text}
        </p>
      ))}
    </div>
  );
}
