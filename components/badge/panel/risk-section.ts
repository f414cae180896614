// The risk part of the badge panel: category, mode, the reasons with their source numbers,
// where demand is moving for exposed work, and the sources themselves one click away.
import { formatNumber, t } from '@/lib/i18n';
import { moveFigure, reasonWords } from '@/lib/i18n/data-words';
import type { Label } from '@/lib/model/label';
import { h, type ViewElement } from '@/lib/model/view';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';
import { riskModeWords } from '@/components/format/risk-words';

const cites = (sources: readonly number[]) => sources.length > 0 && h('span', { class: 'muted' }, ` [${sources.join(', ')}]`);

function sourceList(cited: number[]): ViewElement {
  return h(
    'details',
    null,
    h('summary', { class: 'muted' }, t('risk_sources', { count: cited.length })),
    h(
      'ol',
      { class: 'src' },
      ...cited.map((n) => {
        const source = SOURCE_BY_NUMBER.get(n);
        // Titles of papers and reports stay in the language they were published in.
        return h(
          'li',
          { value: n },
          source ? h('a', { href: source.url, lang: 'en', dir: 'ltr' }, source.title) : t('risk_source_n', { n: String(n) }),
          source && h('span', { class: 'muted' }, ` (${source.by}, ${source.year})`),
        );
      }),
    ),
  );
}

export function riskSection(label: Label | null): ViewElement {
  const risk = label?.risk ?? null;
  if (!risk) return h('p', null, t('risk_no_label'));
  const cited = [...new Set([...risk.reasons, ...risk.movesTo].flatMap((r) => r.sources))].sort((a, b) => a - b);
  return h(
    'section',
    { 'aria-label': t('risk_section_label') },
    label?.category && h('h4', null, h('bdi', null, label.category.name), ' ', h('span', { class: 'muted' }, '(', h('bdi', null, label.category.upwork), ')')),
    h(
      'p',
      { class: 'muted' },
      t('risk_score_line', {
        score: formatNumber(Math.round(risk.score)),
        mode: riskModeWords(risk.mode),
        confidence: `${formatNumber(Math.round(risk.confidence * 100))}%`,
      }),
    ),
    h('ul', null, ...risk.reasons.map((r) => h('li', { 'data-reason': r.code }, reasonWords(r, label), cites(r.sources)))),
    risk.movesTo.length > 0 && h('h4', null, t('risk_moves_title')),
    risk.movesTo.length > 0 && h('ul', null, ...risk.movesTo.map((m) => h('li', null, h('bdi', null, m.name), `: ${moveFigure(m)}`, cites(m.sources)))),
    cited.length > 0 && sourceList(cited),
    h('p', { class: 'muted' }, t('risk_caveat')),
  );
}
