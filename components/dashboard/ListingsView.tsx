// Every listing of the source: filters, text search, sortable columns, and a link to each.
// Long histories render a page at a time.
import { formatDay, formatNumber, t } from '@/lib/i18n';
import { useMemo, useState } from 'preact/hooks';
import type { StoredListing } from '@/lib/db/schema';
import { categoriesIn, filterListings, sortListings, type ListingFilter, type ListingSort, type SortKey } from '@/lib/insights/filter';
import { topCategoryOf } from '@/lib/insights/category';
import { formatPay } from '@/lib/insights/format';
import { listingKey } from '@/lib/model/listing';
import { RiskChip } from '../shared/RiskChip';
import { FilterBar } from './FilterBar';

const PAGE = 200;

const COLUMNS: { key: SortKey; name: string; num?: boolean }[] = [
  { key: 'site', name: 'col_site' },
  { key: 'title', name: 'col_listing' },
  { key: 'category', name: 'col_category' },
  { key: 'risk', name: 'glance_ai_risk' },
  { key: 'pay', name: 'col_pay', num: true },
  { key: 'firstSeen', name: 'col_first_seen' },
  { key: 'lastSeen', name: 'col_last_seen' },
  { key: 'seen', name: 'col_times_seen', num: true },
];

interface Props {
  listings: StoredListing[];
  filter: ListingFilter;
  onFilter: (f: ListingFilter) => void;
  sort: ListingSort;
  onSort: (s: ListingSort) => void;
}

export function ListingsView({ listings, filter, onFilter, sort, onSort }: Props) {
  const [shown, setShown] = useState(PAGE);
  const categories = useMemo(() => categoriesIn(listings), [listings]);
  const rows = useMemo(() => sortListings(filterListings(listings, filter), sort), [listings, filter, sort]);
  const sortBy = (key: SortKey) =>
    onSort({ key, dir: sort.key === key && sort.dir === 'desc' ? 'asc' : sort.key === key ? 'desc' : key === 'title' || key === 'site' || key === 'category' ? 'asc' : 'desc' });
  return (
    <section aria-labelledby="listings-title" data-section="listings">
      <h2 id="listings-title">{t('section_listings')}</h2>
      <FilterBar filter={filter} onFilter={(f) => { setShown(PAGE); onFilter(f); }} categories={categories} />
      <p aria-live="polite" data-result-count>
        {t('listings_count', { shown: Math.min(rows.length, shown), count: rows.length, all: listings.length })}
      </p>
      <div class="table-scroll">
        <table class="listings">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" class={c.num ? 'num' : undefined}
                  aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" class="sort" data-sort={c.key} onClick={() => sortBy(c.key)}>
                    {t(c.name)}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((l) => (
              <tr key={listingKey(l)} data-giglens-row={listingKey(l)}>
                <td>{l.platform === 'upwork' ? 'Upwork' : 'Fiverr'}</td>
                <td class="title-cell">
                  {l.savedAt !== undefined && <span title={t('listings_saved')} aria-label={t('listings_saved')}>★ </span>}
                  <a href={l.url} target="_blank" rel="noreferrer noopener" dir="auto">{l.title}</a>
                </td>
                <td><bdi>{topCategoryOf(l) ?? <span class="muted">—</span>}</bdi></td>
                <td><RiskChip label={l.label} /></td>
                <td class="num"><bdi>{formatPay(l)}</bdi></td>
                <td>{formatDay(l.firstSeenAt)}</td>
                <td>{formatDay(l.lastSeenAt)}</td>
                <td class="num">{formatNumber(l.seenCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>{t('listings_more', { count: Math.min(PAGE, rows.length - shown) })}</button>
      )}
    </section>
  );
}
