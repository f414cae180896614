// "N of M faded or folded on this tab", with one click to show them all: asked of the active
// tab's content script (nothing when the tab is not an Upwork or Fiverr page GigLens reads).
import { useEffect, useState } from 'preact/hooks';
import { FILTER_SHOW_ALL, FILTER_STATUS, type FilterStatus } from '@/lib/messaging/filter-query';
import { FilterStatusSchema } from '@/lib/messaging/filter-query-schema';
import { t } from '@/lib/i18n';

/** The popup opened as a page (`popup.html?tab=12`, as the e2e tests do) asks that tab. */
const givenTab = Number(new URLSearchParams(location.search).get('tab')) || null;

async function askTab(type: string): Promise<FilterStatus | null> {
  try {
    const id = givenTab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return null;
    const parsed = FilterStatusSchema.safeParse(await browser.tabs.sendMessage(id, { type }));
    return parsed.success ? parsed.data : null;
  } catch {
    // No GigLens content script in this tab (another site, or a page loaded before install).
    return null;
  }
}

export function TabFilters({ revision }: { revision: unknown }) {
  const [status, setStatus] = useState<FilterStatus | null>(null);
  const [showedAll, setShowedAll] = useState(false);
  useEffect(() => {
    let live = true;
    // Asked again when the settings change: the tab re-filters on the same change.
    const ask = () => void askTab(FILTER_STATUS).then((s) => live && setStatus(s));
    ask();
    const again = setTimeout(ask, 400);
    return () => {
      live = false;
      clearTimeout(again);
    };
  }, [revision]);
  if (!status || status.total === 0) return null;
  const filtered = status.faded + status.folded;
  return (
    <div class="tab-filters" data-tab-filters>
      <p data-filter-count={filtered} data-filter-total={status.total}>
        {filtered ? t('filters_tab_count', { count: filtered, total: status.total }) : t('filters_tab_none', { total: status.total })}
      </p>
      {filtered > 0 && (
        <button type="button" data-action="show-all" onClick={() => void askTab(FILTER_SHOW_ALL).then((s) => { setStatus(s); setShowedAll(true); })}>
          {t('filters_tab_show_all')}
        </button>
      )}
      {showedAll && filtered === 0 && <p class="muted">{t('filters_tab_shown')}</p>}
    </div>
  );
}
