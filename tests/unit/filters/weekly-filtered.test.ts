// What the filters did feeds the weekly figures: a saved page read with filters on stores
// which listings were faded or folded, the popup's week counts them, and the weekly
// aggregates give the share of new listings filtered, equal to counting the stored listings.
import { describe, expect, it } from 'vitest';
import { FILTER_ATTR } from '@/lib/content/filter';

import { database } from '@/lib/db/open';
import { FiltersSchema } from '@/lib/filters/filter-schema';
import { fiverrReader } from '@/lib/fiverr/reader';
import { filteredPerWeekIn } from '@/lib/insights/glance';
import { listingsSeenIn, loadPopupData } from '@/lib/insights/own-history';
import { popupView } from '@/lib/insights/popup-view';
import { lastWeeks } from '@/lib/insights/time';
import { filteredPerWeekFrom } from '@/lib/insights/weekly-figures';
import type { Settings } from '@/lib/settings/settings-schema';
import { saveSettings } from '@/lib/settings/settings-store';
import { fixtureUrls } from '../../fixtures';
import { mountPage, runPage } from '../content/run-page';

const FILE = 'fiverr-category-logo-design-2025-08.html';

describe('filtered listings in the weekly figures', () => {
  it('counts what the filters faded and folded, this week and per week', async () => {
    await saveSettings({
      filters: FiltersSchema.parse({ fiverr: [{ kind: 'rating-below', on: true, action: 'fold', below: 4.9 }, { kind: 'risk', on: true, action: 'fade', level: 'high' }] }),
    } as Partial<Settings>);
    mountPage(FILE);
    const page = runPage(fiverrReader, fixtureUrls().find((f) => f.file === FILE)!.url);
    await page.settle();
    const keysWith = (action: string) => new Set([...document.querySelectorAll(`[${FILTER_ATTR}="${action}"]`)].map((e) => e.getAttribute('data-giglens-id')));
    const folded = keysWith('fold');
    const faded = keysWith('fade');
    expect(folded.size * faded.size).toBeGreaterThan(0);
    page.controller.abort();

    const now = Date.now();
    const view = popupView(await loadPopupData(now), now, 0.15);
    expect(view.glance.filtered).toEqual({ faded: faded.size, folded: folded.size });
    // The aggregates' weekly share equals counting the stored listings themselves.
    const week = lastWeeks(now, 1)[0]!;
    const db = await database();
    const stored = await listingsSeenIn(db, week);
    const fromAggregates = filteredPerWeekFrom((await loadPopupData(now)).weekly)(week);
    expect(fromAggregates).toEqual(filteredPerWeekIn(stored)(week));
    expect(fromAggregates.filtered).toBe(folded.size + faded.size);
    expect(view.glance.filteredWeekly.at(-1)).toBeCloseTo((folded.size + faded.size) / stored.length);
  });
});
