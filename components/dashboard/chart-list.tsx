// The dashboard's charts in lesson order; the overview, presentation mode and the HTML
// report all take them from here.
import type { VNode } from 'preact';
import type { StoredListing } from '@/lib/db/schema';
import { CategoryShareChart } from './charts/CategoryShareChart';
import { CategoryWeeksChart } from './charts/CategoryWeeksChart';
import { PayChart } from './charts/PayChart';
import { RiskMixChart } from './charts/RiskMixChart';

export interface ChartEntry {
  id: string;
  view: VNode;
}

export function chartsFor(listings: StoredListing[], sourceName: string): ChartEntry[] {
  return [
    { id: 'risk-mix', view: <RiskMixChart listings={listings} /> },
    { id: 'category-share', view: <CategoryShareChart listings={listings} sourceName={sourceName} /> },
    { id: 'category-weeks', view: <CategoryWeeksChart listings={listings} /> },
    { id: 'pay-hourly', view: <PayChart listings={listings} kind="hourly" sourceName={sourceName} /> },
    { id: 'pay-fixed', view: <PayChart listings={listings} kind="fixed" sourceName={sourceName} /> },
  ];
}
