// The filter settings' words, one place for the rule names, their thresholds and actions.
import type { FilterKind } from '@/lib/filters/filter-schema';

export const FILTER_WORDS = {
  legend: (site: string) => `Filters on ${site}`,
  master: 'Use my filters (off shows every tile as the site shows it)',
  fade: 'Fade',
  fold: 'Fold',
  actionLabel: 'What to do',
  help: 'Faded tiles stay usable at lower opacity; folded tiles shrink to one line with the reason and a "Show" button. Nothing is removed from the page.',
  rule: {
    risk: 'AI risk at or above',
    'verdict-skip': 'Connects verdict is "Skip"',
    'client-quality': 'Client quality below',
    'payment-unverified': 'Client payment not verified',
    'hourly-below': 'Hourly rate below',
    'budget-below': 'Fixed budget or price below',
    proposals: 'Proposals at or above',
    categories: 'Muted categories',
    keywords: 'Muted keywords (comma-separated)',
    'seller-level': 'Seller level below',
    'rating-below': 'Seller rating below',
  } satisfies Record<FilterKind, string>,
  levels: { medium: 'Medium', high: 'High', 'very-high': 'Very high' },
  sellerLevels: { 'level-1': 'Level 1', 'level-2': 'Level 2', 'top-rated': 'Top Rated' },
  tab: {
    count: (n: number, m: number) => `${n} of ${m} listings faded or folded on this tab`,
    none: (m: number) => `None of ${m} listings faded or folded on this tab`,
    showAll: 'Show all on this tab',
    shown: 'Every tile on this tab is shown until you change a filter or reload.',
  },
};
