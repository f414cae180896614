// The category a summary groups by: Upwork's own top category, which both sites' labels
// carry and the research baseline uses (../shared/research/market-baseline.md).
import type { Label, UpworkTopCategory } from '../model/label';

export const topCategoryOf = (l: { label: Label | null }): UpworkTopCategory | null =>
  l.label?.category?.upwork ?? null;

/** Counts per top category, most first (ties by name); unlabelled listings are left out. */
export function countByCategory(listings: Iterable<{ label: Label | null }>): { category: UpworkTopCategory; count: number }[] {
  const counts = new Map<UpworkTopCategory, number>();
  for (const l of listings) {
    const c = topCategoryOf(l);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}
