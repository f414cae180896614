// The rate-trend part of the badge panel: the research baseline of the listing's Upwork
// category with its sources, the user's own history (or how much of it is still missing), where
// this listing's pay sits, and what the user's history cannot say.
import { h, type ViewElement } from '@/lib/model/view';
import type { BaselineTrend } from '@/lib/trends/baseline';
import { BASELINE_CAVEATS, BASELINE_SOURCES, EVIDENCE_SOURCES } from '@/lib/trends/baseline-data';
import type { ListingTrend } from '@/lib/trends/trend-label';
import {
  LOCAL_CAVEAT,
  baselineDirectionWords,
  baselineRateWords,
  baselineShareWords,
  collectingWords,
  localWords,
  percentileWords,
  type HomeCurrency,
} from '@/lib/trends/trend-words';

function noteSources(sources: readonly number[], mark: string | undefined): ViewElement {
  const links = sources.flatMap((n, i) => [i > 0 ? ', ' : '', h('a', { href: EVIDENCE_SOURCES[n]?.url, title: EVIDENCE_SOURCES[n]?.name }, String(n))]);
  return h('span', { class: 'muted src' }, '[', ...links, ']', mark === 'S' && ' (secondary report)');
}

function baselineParts(baseline: BaselineTrend, home: HomeCurrency): ViewElement[] {
  const samples = [BASELINE_SOURCES[baseline.before.source], BASELINE_SOURCES[baseline.after.source]];
  const parts: ViewElement[] = [
    h('p', { 'data-giglens-trend': 'baseline' }, `${baselineShareWords(baseline)}: ${baselineDirectionWords(baseline)}.`),
    h('p', null, baselineRateWords(baseline, home)),
  ];
  if (baseline.notes.length > 0) {
    parts.push(h('ul', null, ...baseline.notes.map((note) => h('li', null, `${note.text} `, noteSources(note.sources, note.mark)))));
  }
  const links = samples.flatMap((s, i) => [i > 0 ? '; ' : '', h('a', { href: s.url }, s.name)]);
  parts.push(h('p', { class: 'muted src' }, 'Sources: ', ...links, '.'));
  parts.push(h('details', { class: 'muted' }, h('summary', null, 'Caveats'), h('ul', null, ...BASELINE_CAVEATS.map((c) => h('li', null, c)))));
  return parts;
}

export function trendSection(trend: ListingTrend | null | undefined, home: HomeCurrency): ViewElement {
  if (!trend) return h('p', { class: 'muted' }, 'Rate trend: shown once GigLens has stored this listing.');
  const { baseline, local, percentile, history } = trend;
  return h(
    'section',
    { 'aria-label': 'Rate trend' },
    h('h4', null, 'Rate trend'),
    ...(baseline
      ? baselineParts(baseline, home)
      : [h('p', { class: 'muted' }, 'No market baseline: GigLens could not place this listing in an Upwork category.')]),
    history && h('p', { 'data-giglens-trend': 'local' }, local ? localWords(local, history, home) : collectingWords(history)),
    history && percentile !== null && h('p', { 'data-giglens-trend': 'percentile' }, percentileWords(percentile, history)),
    history && h('p', { class: 'muted' }, LOCAL_CAVEAT),
  );
}
