// Parse health said plainly: a changed layout or a blocked page is a visible notice, and a
// healthy history is one quiet line.
import { healthNotices } from '@/lib/insights/health';
import type { PageHealthRecord } from '@/lib/db/schema';

const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function HealthNotices({ records, showOk = false }: { records: PageHealthRecord[]; showOk?: boolean }) {
  const notices = healthNotices(records, when);
  const trouble = notices.filter((n) => n.level !== 'ok');
  if (records.length === 0) return <p class="muted">No Upwork or Fiverr page read yet.</p>;
  return (
    <div class="health">
      {trouble.length === 0 && <p class="muted" data-health="ok">Both sites read fine on your last visits.</p>}
      {(showOk ? notices : trouble).map((n) => (
        <p key={`${n.platform}:${n.kind}`} class={`notice ${n.level}`} data-health={n.level} role={n.level === 'problem' ? 'alert' : undefined}>
          {n.text}
        </p>
      ))}
    </div>
  );
}
