// The risk part of the badge panel: category, mode, the reasons with their source numbers,
// where demand is moving for exposed work, and the sources themselves one click away.
import type { Label } from '@/lib/model/label';
import { h, type ViewElement } from '@/lib/model/view';
import { CAVEAT, MODE_WORDS } from '@/lib/rules/format';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';

const cites = (sources: readonly number[]) => sources.length > 0 && h('span', { class: 'muted' }, ` [${sources.join(', ')}]`);

function sourceList(cited: number[]): ViewElement {
  return h(
    'details',
    null,
    h('summary', { class: 'muted' }, `Sources (${cited.length})`),
    h(
      'ol',
      { class: 'src' },
      ...cited.map((n) => {
        const source = SOURCE_BY_NUMBER.get(n);
        return h(
          'li',
          { value: n },
          source ? h('a', { href: source.url }, source.title) : `Source ${n}`,
          source && h('span', { class: 'muted' }, ` (${source.by}, ${source.year})`),
        );
      }),
    ),
  );
}

export function riskSection(label: Label | null): ViewElement {
  const risk = label?.risk ?? null;
  if (!risk) return h('p', null, 'GigLens could not label this listing.');
  const cited = [...new Set([...risk.reasons, ...risk.movesTo].flatMap((r) => r.sources))].sort((a, b) => a - b);
  return h(
    'section',
    { 'aria-label': 'AI-substitution risk' },
    label?.category && h('h4', null, h('bdi', null, label.category.name), ' ', h('span', { class: 'muted' }, `(${label.category.upwork})`)),
    h('p', { class: 'muted' }, `Score ${Math.round(risk.score)} of 100 · ${MODE_WORDS[risk.mode]} · confidence ${Math.round(risk.confidence * 100)}%`),
    h('ul', null, ...risk.reasons.map((r) => h('li', { 'data-reason': r.code }, r.text, cites(r.sources)))),
    risk.movesTo.length > 0 && h('h4', null, 'Where demand is moving'),
    risk.movesTo.length > 0 && h('ul', null, ...risk.movesTo.map((m) => h('li', null, `${m.name}: ${m.figure}`, cites(m.sources)))),
    cited.length > 0 && sourceList(cited),
    h('p', { class: 'muted' }, CAVEAT),
  );
}
