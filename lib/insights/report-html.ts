// A self-contained HTML report of the dashboard's current view: one file that opens offline,
// runs no script (none is written, and its CSP forbids them anyway) and loads nothing.
// Every text from a listing or a profile is escaped; charts are the dashboard's own SVG.
import type { StoredListing } from '../db/schema';
import { riskAttr } from '../model/label';
import { riskLevelName } from '@/components/format/risk-words';
import { currentDir, currentLanguage, formatDate, formatDay, t } from '../i18n';
import { anonymiseAll } from './anonymise';
import { topCategoryOf } from './category';
import type { ComparisonRow } from './compare';
import { formatChange, formatPay, formatValue } from './format';
import { escapeHtml } from './html-escape';
import { planSection, type ReportPlan } from './report-plan';

const MADE_AT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };

export interface ReportChart {
  title: string;
  description: string;
  /** Markup of one <svg> element, serialised from the dashboard; empty when the chart had
   *  nothing to draw (the description then says why). */
  svg: string;
  legend: { name: string; cls: string }[];
}

export interface ReportInput {
  title: string;
  generatedAt: number;
  sourceName: string;
  anonymise: boolean;
  summary: { label: string; value: string }[];
  charts: ReportChart[];
  comparison: { aLabel: string; bLabel: string; rows: ComparisonRow[] } | null;
  /** The pivot plan for the source's listings and a profile (lib/insights/report-plan.ts). */
  plan?: ReportPlan | null;
  listings: readonly StoredListing[];
  notes: string[];
  /** The dashboard theme, inlined so the report looks the same in light and dark. */
  css: string;
}

export { escapeHtml };

/** Charts are our own markup; anything active in one means it was tampered with: drop it. */
const ACTIVE = /<script|<foreignobject|<iframe|<object|<embed|\son[a-z]+\s*=|javascript:|(?:href|src)\s*=\s*["']?(?!#)/i;
export const isInertSvg = (svg: string): boolean => /^<svg[\s>]/i.test(svg.trim()) && !ACTIVE.test(svg);

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
/** Escaped title link only for a real https page of the two sites. */
const SAFE_LINK = /^https:\/\/www\.(?:upwork|fiverr)\.com\//;

function listingRow(l: StoredListing, links: boolean): string {
  const level = riskAttr(l.label);
  const title = escapeHtml(l.title);
  const cell = links && SAFE_LINK.test(l.url) ? `<a href="${escapeHtml(l.url)}">${title}</a>` : title;
  return `<tr><td>${l.platform === 'upwork' ? 'Upwork' : 'Fiverr'}</td><td dir="auto">${cell}</td><td><bdi>${escapeHtml(topCategoryOf(l) ?? '—')}</bdi></td><td class="risk risk-${level}">${riskLevelName(level)}</td><td><bdi>${escapeHtml(formatPay(l))}</bdi></td><td>${formatDay(l.firstSeenAt)}</td></tr>`;
}

function comparisonTable(c: NonNullable<ReportInput['comparison']>): string {
  const rows = c.rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${formatValue(r.a, r.unit)}</td><td>${formatValue(r.b, r.unit)}</td><td>${escapeHtml(formatChange(r))}</td></tr>`)
    .join('');
  return `<section><h2>${escapeHtml(t('report_comparison'))}</h2><table><thead><tr><th scope="col">${escapeHtml(t('compare_col_measure'))}</th><th scope="col">${escapeHtml(c.aLabel)}</th><th scope="col">${escapeHtml(c.bLabel)}</th><th scope="col">${escapeHtml(t('report_change'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** Legend swatches keep only theme classes (sw-s1, bg-high…); anything else is dropped. */
const SWATCH = /^(?:sw|bg)-[a-z0-9-]+(?: dashed)?$/;

function chartFigure(c: ReportChart): string {
  const head = `<figcaption><h2>${escapeHtml(c.title)}</h2><p class="muted">${escapeHtml(c.description)}</p></figcaption>`;
  if (c.svg === '') return `<figure>${head}</figure>`;
  if (!isInertSvg(c.svg)) return `<figure>${head}<p>${escapeHtml(t('report_chart_dropped'))}</p></figure>`;
  const legend = c.legend
    .map((l) => `<li><span class="swatch ${SWATCH.test(l.cls) ? l.cls : ''}"></span>${escapeHtml(l.name)}</li>`)
    .join('');
  return `<figure>${head}${c.svg}${legend ? `<ul class="legend">${legend}</ul>` : ''}</figure>`;
}

export function buildReportHtml(input: ReportInput): string {
  const listings = input.anonymise ? anonymiseAll(input.listings) : input.listings;
  const charts = input.charts.map(chartFigure).join('');
  const summary = input.summary.map((s) => `<li>${escapeHtml(s.label)}: <strong>${escapeHtml(s.value)}</strong></li>`).join('');
  const rows = listings.map((l) => listingRow(l, !input.anonymise)).join('');
  const notes = input.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  return `<!doctype html>
<html lang="${currentLanguage()}" dir="${currentDir()}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>${input.css.replace(/<\/style/gi, '<\\/style')}
main{max-width:1000px;margin:0 auto;padding:24px} figure{margin:24px 0} svg{max-width:100%;height:auto}
.plan :is(td,th){vertical-align:top;overflow-wrap:break-word} .plan-targets{list-style:none;padding:0} .plan-targets>li{break-inside:avoid;margin:12px 0}</style>
</head><body><main>
<h1>${escapeHtml(input.title)}</h1>
<p class="muted"><bdi>${escapeHtml(input.sourceName)}</bdi> · ${escapeHtml(t('report_made', { time: formatDate(input.generatedAt, MADE_AT) }))}${input.anonymise ? ` · ${escapeHtml(t('report_anonymised'))}` : ''}</p>
<ul>${summary}</ul>
${charts}
${input.comparison ? comparisonTable(input.comparison) : ''}
${input.plan ? planSection(input.plan) : ''}
<section><h2>${escapeHtml(t('report_listings', { count: listings.length }))}</h2><table class="listings"><thead><tr>${['col_site', 'col_listing', 'col_category', 'glance_ai_risk', 'col_pay', 'col_first_seen'].map((k) => `<th scope="col">${escapeHtml(t(k))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></section>
<section><h2>${escapeHtml(t('report_about'))}</h2><ul>${notes}</ul></section>
</main></body></html>
`;
}
