// Builds the HTML report of the current view: the dashboard's own charts rendered off-screen
// and serialised, the summary, the period comparison, the pivot plan and the filtered listings.
import { render } from 'preact';
import type { StoredListing } from '@/lib/db/schema';
import type { Profile } from '@/lib/fit/profile-schema';
import { datasetPlan, loadOwnPlan } from '@/lib/insights/pivot-source';
import { buildReportHtml, type ReportChart } from '@/lib/insights/report-html';
import type { ReportPlan } from '@/lib/insights/report-plan';
import { loadSettings } from '@/lib/settings/settings-store';
import { t } from '@/lib/i18n';
import { baselineCaveats } from '@/lib/i18n/data-words';
import themeCss from '../theme.css?raw';
import { chartsFor } from './chart-list';
import { baselineCredit } from './charts/baseline-notes';
import { compareRows, loadCompare, sideLabel, type CompareConfig } from './CompareView';
import { summaryFigures } from './Summary';
import { OWN, sourceName, type Source } from './sources';

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
  /** The source the listings are of; unset, told by its name (the share section passes
   *  `sourceName(source)`, and no dataset's name is the user's history's). */
  source?: Source;
  /** A profile typed in for a dataset (a coach's); otherwise the profile in the settings. */
  profile?: Profile;
}

/** The plan of the report's source: the user's own (skill aggregates, own pay trends) or a
 *  dataset's, counted from its listings. */
async function reportPlan(o: ReportOptions): Promise<ReportPlan> {
  const settings = await loadSettings();
  const own = (o.source?.kind ?? (o.sourceName === sourceName(OWN) ? 'own' : 'dataset')) === 'own';
  const profile = o.profile ?? settings.profile;
  const plan = own ? await loadOwnPlan(profile, o.now) : datasetPlan(o.listings, profile);
  return { plan, profile, origin: own ? 'own' : 'dataset', home: settings.homeCurrency };
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
    plan: await reportPlan(o),
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
