// Builds the HTML report of the current view: the dashboard's own charts rendered off-screen
// and serialised, the summary, the period comparison and the filtered listings.
import { render } from 'preact';
import type { StoredListing } from '@/lib/db/schema';
import { buildReportHtml, type ReportChart } from '@/lib/insights/report-html';
import { t } from '@/lib/i18n';
import { baselineCaveats } from '@/lib/i18n/data-words';
import themeCss from '../theme.css?raw';
import { chartsFor } from './chart-list';
import { baselineCredit } from './charts/baseline-notes';
import { compareRows, loadCompare, sideLabel, type CompareConfig } from './CompareView';
import { summaryFigures } from './Summary';

/** The chart as the dashboard draws it: title, how to read it, its SVG and legend. */
export function chartMarkup(view: preact.VNode): ReportChart {
  const box = document.createElement('div');
  render(view, box);
  const text = (sel: string) => box.querySelector(sel)?.textContent?.trim() ?? '';
  const svg = box.querySelector('svg.chart-svg');
  const chart: ReportChart = {
    title: text('figcaption h2'),
    description: svg ? text('figcaption p') : text('.chart-empty'),
    svg: svg ? svg.outerHTML : '',
    legend: [...box.querySelectorAll('.legend li')].map((li) => ({
      name: li.textContent?.trim() ?? '',
      cls: li.querySelector('.swatch')?.className.replace('swatch', '').trim() ?? '',
    })),
  };
  render(null, box);
  return chart;
}

export interface ReportOptions {
  title: string;
  sourceName: string;
  anonymise: boolean;
  /** The whole source, for the charts and summary. */
  listings: StoredListing[];
  /** The listings table as filtered and sorted in the Listings section. */
  rows: StoredListing[];
  compare: CompareConfig | null;
  now: number;
}

export async function reportHtml(o: ReportOptions): Promise<string> {
  let comparison = null;
  if (o.compare) {
    const [a, b] = await loadCompare(o.compare);
    comparison = { aLabel: sideLabel(o.compare.a, o.now), bLabel: sideLabel(o.compare.b, o.now), rows: compareRows(o.compare, a, b, o.now) };
  }
  return buildReportHtml({
    title: o.title,
    generatedAt: o.now,
    sourceName: o.sourceName,
    anonymise: o.anonymise,
    summary: summaryFigures(o.listings).map(({ label, value }) => ({ label, value })),
    charts: chartsFor(o.listings, o.sourceName).map((c) => chartMarkup(c.view)),
    comparison,
    listings: o.rows,
    notes: [
      t('note_exposure'),
      t('note_history'),
      baselineCredit(),
      ...baselineCaveats(),
    ],
    css: themeCss,
  });
}
