// Every listing of the real saved pages (../shared/fixtures/pages), parsed as the extension
// parses them and labelled by the built-in rules: what the storage tests store.
import { adapterFor } from '@/lib/analyze/sites';
import type { Label } from '@/lib/model/label';
import { listingKey, type Listing } from '@/lib/model/listing';
import { labelWith } from '@/lib/rules/engine';
import { fixtureUrls, loadPage } from '../../fixtures';

let cached: { listing: Listing; label: Label }[] | null = null;

/** One item per listing: a listing on two pages (a job and its search tile) counts once. */
export function savedPageItems(): { listing: Listing; label: Label }[] {
  if (cached) return cached;
  const byKey = new Map<string, { listing: Listing; label: Label }>();
  for (const { file, url } of fixtureUrls()) {
    for (const listing of adapterFor(url)!.parsePage(loadPage(file), url).listings) {
      if (!byKey.has(listingKey(listing))) byKey.set(listingKey(listing), { listing, label: labelWith(listing) });
    }
  }
  return (cached = [...byKey.values()]);
}
