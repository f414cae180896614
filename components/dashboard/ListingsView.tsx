// Every listing of the source: filters, text search, sortable columns, and a link to each.
// Long histories render a page at a time.
import { useMemo, useState } from 'preact/hooks';
import type { StoredListing } from '@/lib/db/schema';
import { categoriesIn, filterListings, sortListings, type ListingFilter, type ListingSort, type SortKey } from '@/lib/insights/filter';
import { topCategoryOf } from '@/lib/insights/category';
import { formatPay } from '@/lib/insights/format';
import { formatDay } from '@/lib/insights/time';
import { listingKey } from '@/lib/model/listing';
import { RiskChip } from '../shared/RiskChip';
import { FilterBar } from './FilterBar';

const PAGE = 200;

const COLUMNS: { key: SortKey; name: string; num?: boolean }[] = [
  { key: 'site', name: 'Site' },
  { key: 'title', name: 'Listing' },
  { key: 'category', name: 'Category' },
  { key: 'risk', name: 'AI risk' },
  { key: 'pay', name: 'Pay', num: true },
  { key: 'firstSeen', name: 'First seen' },
  { key: 'lastSeen', name: 'Last seen' },
  { key: 'seen', name: 'Times seen', num: true },
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
      <h2 id="listings-title">Listings</h2>
      <FilterBar filter={filter} onFilter={(f) => { setShown(PAGE); onFilter(f); }} categories={categories} />
      <p aria-live="polite" data-result-count>
        Showing {Math.min(rows.length, shown)} of {rows.length} matching listings ({listings.length} in all).
      </p>
      <div class="table-scroll">
        <table class="listings">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" class={c.num ? 'num' : undefined}
                  aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" class="sort" data-sort={c.key} onClick={() => sortBy(c.key)}>
                    {c.name}
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
                  {l.savedAt !== undefined && <span title="Saved" aria-label="Saved">★ </span>}
                  <a href={l.url} target="_blank" rel="noreferrer noopener">{l.title}</a>
                </td>
                <td>{topCategoryOf(l) ?? <span class="muted">—</span>}</td>
                <td><RiskChip label={l.label} /></td>
                <td class="num">{formatPay(l)}</td>
                <td>{formatDay(l.firstSeenAt)}</td>
                <td>{formatDay(l.lastSeenAt)}</td>
                <td class="num">{l.seenCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, rows.length - shown)} more</button>
      )}
    </section>
  );
}
