// The listings the user starred on a badge, with their labels and a link back. Removing one
// asks the background (the only writer) to unstar it.
import { useState } from 'preact/hooks';
import type { StoredListing } from '@/lib/db/schema';
import { topCategoryOf } from '@/lib/insights/category';
import { formatPay, type HomeCurrency } from '@/lib/insights/format';
import { t } from '@/lib/i18n';
import { listingKey } from '@/lib/model/listing';
import { sendMessage } from '@/lib/messaging/send';
import { RiskChip } from '../shared/RiskChip';

export function SavedListings({ saved, home }: { saved: StoredListing[]; home: HomeCurrency }) {
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const shown = saved.filter((l) => !removed.has(listingKey(l)));
  const unstar = async (l: StoredListing) => {
    const reply = await sendMessage({ type: 'star', platform: l.platform, id: l.id, saved: false });
    if (reply.ok) setRemoved(new Set([...removed, listingKey(l)]));
    else setError(reply.error);
  };
  return (
    <section aria-labelledby="saved-title" data-section="saved">
      <h2 id="saved-title">{t('saved_title')}</h2>
      {error && <p role="alert">{error}</p>}
      {shown.length === 0 ? (
        <p class="muted">{t('saved_empty')}</p>
      ) : (
        <ul class="saved">
          {shown.map((l) => (
            <li key={listingKey(l)} data-saved={listingKey(l)}>
              <a href={l.url} target="_blank" rel="noreferrer noopener" dir="auto">{l.title}</a>
              <div class="row muted">
                <RiskChip label={l.label} />
                <span dir="auto">{topCategoryOf(l) ?? t('saved_no_category')}</span>
                <span dir="auto">{formatPay(l, home)}</span>
                <button type="button" class="link" onClick={() => void unstar(l)} aria-label={t('saved_remove_label', { title: l.title })}>
                  {t('saved_remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
