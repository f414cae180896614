// The rate-trend part of the badge panel: the research baseline of the listing's Upwork
// category with its sources, the user's own history (or how much of it is still missing), where
// this listing's pay sits, and what the user's history cannot say.
import { t } from '@/lib/i18n';
import { baselineCaveats, demandNoteWords } from '@/lib/i18n/data-words';
import { h, type ViewElement } from '@/lib/model/view';
import type { BaselineTrend } from '@/lib/trends/baseline';
import { BASELINE_SOURCES, EVIDENCE_SOURCES } from '@/lib/trends/baseline-data';
import type { ListingTrend } from '@/lib/trends/trend-label';
import {
  baselineDirectionWords,
  baselineRateWords,
  baselineShareWords,
  collectingWords,
  localCaveat,
  localWords,
  percentileWords,
  type HomeCurrency,
} from '@/lib/trends/trend-words';

function noteSources(sources: readonly number[], mark: string | undefined): ViewElement {
  const links = sources.flatMap((n, i) => [i > 0 ? ', ' : '', h('a', { href: EVIDENCE_SOURCES[n]?.url, title: EVIDENCE_SOURCES[n]?.name }, String(n))]);
  return h('span', { class: 'muted src' }, '[', ...links, ']', mark === 'S' && ` ${t('trend_secondary')}`);
}

function baselineParts(baseline: BaselineTrend, home: HomeCurrency): ViewElement[] {
  const samples = [BASELINE_SOURCES[baseline.before.source], BASELINE_SOURCES[baseline.after.source]];
  const parts: ViewElement[] = [
    h('p', { 'data-giglens-trend': 'baseline' }, t('trend_baseline_line', { share: baselineShareWords(baseline), direction: baselineDirectionWords(baseline) })),
    h('p', null, baselineRateWords(baseline, home)),
  ];
  if (baseline.notes.length > 0) {
    parts.push(h('ul', null, ...baseline.notes.map((note, i) => h('li', null, `${demandNoteWords(baseline.upwork, i, note)} `, noteSources(note.sources, note.mark)))));
  }
  // The samples' names are citations (one is a licence's required credit): kept as published.
  const links = samples.flatMap((s, i) => [i > 0 ? '; ' : '', h('a', { href: s.url, lang: 'en', dir: 'ltr' }, s.name)]);
  parts.push(h('p', { class: 'muted src' }, `${t('trend_sources')} `, ...links, '.'));
  parts.push(h('details', { class: 'muted' }, h('summary', null, t('trend_caveats')), h('ul', null, ...baselineCaveats().map((c) => h('li', null, c)))));
  return parts;
}

export function trendSection(trend: ListingTrend | null | undefined, home: HomeCurrency): ViewElement {
  if (!trend) return h('p', { class: 'muted' }, t('trend_not_stored'));
  const { baseline, local, percentile, history } = trend;
  return h(
    'section',
    { 'aria-label': t('trend_title') },
    h('h4', null, t('trend_title')),
    ...(baseline ? baselineParts(baseline, home) : [h('p', { class: 'muted' }, t('trend_no_baseline'))]),
    history && h('p', { 'data-giglens-trend': 'local' }, local ? localWords(local, history, home) : collectingWords(history)),
    history && percentile !== null && h('p', { 'data-giglens-trend': 'percentile' }, percentileWords(percentile, history)),
    history && h('p', { class: 'muted' }, localCaveat()),
  );
}
