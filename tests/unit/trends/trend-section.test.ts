// The badge's trend section words what the background computed: baseline with sources and the
// SnipeWork credit, local medians or "collecting", the percentile and the caveat.
import { describe, expect, test } from 'vitest';
import { trendSection } from '@/components/badge/panel/trend-section';
import { renderView } from '@/lib/content/render-view';
import { openDatabase } from '@/lib/db/open';
import { upsertBatch } from '@/lib/db/listings';
import type { Listing } from '@/lib/model/listing';
import type { CategoryLabel } from '@/lib/model/label';
import { trendsFor } from '@/lib/trends/listing-trends';
import type { ListingTrend } from '@/lib/trends/trend-label';
import { DAY, NOW, SEARCH_2024_09, labelWith, pageListings } from './helpers';

const WRITING: CategoryLabel = { id: 'content-writing', name: 'Content writing', upwork: 'Writing', confidence: 0.7 };

const hourly = (base: Listing, id: string, rate: number): Listing => ({
  ...base,
  id,
  pay: { type: 'hourly', min: rate, max: rate, currency: 'USD' },
});

async function trendWith(nBefore: number, nNow: number): Promise<ListingTrend> {
  const db = await openDatabase();
  const base = pageListings(SEARCH_2024_09)[4]!;
  const batch = (p: string, n: number, rate: number) =>
    Array.from({ length: n }, (_, i) => ({ listing: hourly(base, `~${p}${i}`, rate), label: labelWith(WRITING) }));
  await upsertBatch(db, 'before-b', batch('b', nBefore, 20), NOW - 30 * DAY);
  await upsertBatch(db, 'now-b', batch('n', nNow, 30), NOW - DAY);
  const { stored } = await upsertBatch(db, 'this-b', [{ listing: hourly(base, '~x', 40), label: labelWith(WRITING) }], NOW);
  const trend = (await trendsFor(db, stored, NOW)).get('upwork:~x')!;
  db.close();
  return trend;
}

function textOf(trend: ListingTrend | null, home: { code: string; perUsd: number } | null = null): HTMLElement {
  const root = document.createElement('div');
  root.append(renderView(trendSection(trend, home)));
  return root;
}

describe('trendSection rendered in the page', () => {
  test('baseline with sources and credit, local medians, percentile and caveat', async () => {
    const root = textOf(await trendWith(12, 12), { code: 'PKR', perUsd: 280 });
    const text = root.textContent ?? '';
    expect(root.querySelector('[data-giglens-trend="baseline"]')?.textContent).toBe(
      'Writing: 9.1% of Upwork posts in Jan 2023, 2.7% in Jul–Aug 2026: a falling share of posts (×0.30).',
    );
    expect(text).toContain('Average hourly rate $29.1/h (≈ PKR 8,148/h) in Jan 2023, $28.8/h (≈ PKR 8,064/h) in Jul–Aug 2026');
    expect(text).toContain('Upwork writing posts −33% (Nov 2022 → Feb 2024)');
    expect(text).toContain('SnipeWork Upwork Market Index (CC BY 4.0)');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      'https://github.com/snipeworkapp-oss/upwork-market-data',
    );
    const local = root.querySelector('[data-giglens-trend="local"]')?.textContent ?? '';
    expect(local).toMatch(/^Your history of Content writing: median hourly rate \$\d+(\.\d)?\/h \(≈ PKR [\d,]+\/h\) in the last 4 weeks \(n 13, Jul 13, 2026 to Aug 9, 2026\) against \$\d+(\.\d)?\/h \(≈ PKR [\d,]+\/h\) in the 12 weeks before \(n 12, Apr 20, 2026 to Jul 12, 2026\): \+\d+%\.$/);
    expect(root.querySelector('[data-giglens-trend="percentile"]')?.textContent).toBe(
      'This hourly rate is above 98% of the Content writing listings you saw in the last 16 weeks.',
    );
    expect(text).toContain('Your history reflects the listings you browsed, not the whole market.');
  });

  test('collecting: 4 of 10 seen', async () => {
    const root = textOf(await trendWith(2, 3));
    expect(root.querySelector('[data-giglens-trend="local"]')?.textContent).toBe(
      'Your history of Content writing: collecting: 4 of 10 seen in the last 4 weeks, 2 of 10 in the 12 weeks before (hourly rate in USD).',
    );
    expect(root.querySelector('[data-giglens-trend="percentile"]')).toBeNull();
  });

  test('no category: no baseline and no history; no trend yet: a waiting note', () => {
    expect(textOf({ baseline: null, local: null, percentile: null, history: null }).textContent).toBe(
      'Rate trendNo market baseline: GigLens could not place this listing in an Upwork category.',
    );
    expect(textOf(null).textContent).toBe('Rate trend: shown once GigLens has stored this listing.');
  });
});
