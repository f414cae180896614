// How well the listing fits the user's profile (issue 17): which of its skills they have and
// which they miss, by the skills' normalised names. No line when the fit is unknown (the
// listing states no skills, or the profile lists none): unknown is not a poor fit.
import type { Fit } from '@/lib/fit/fit';
import { formatNumber, t } from '@/lib/i18n';
import { h, type ViewElement } from '@/lib/model/view';

const names = (list: readonly string[]) => h('bdi', null, list.join(t('list_separator')));

export function fitSection(fit: Fit | null): ViewElement | null {
  if (!fit) return null;
  return h(
    'div',
    { class: 'fit', 'data-giglens-fit': `${fit.have.length}/${fit.total}` },
    h('p', null, t('panel_fit', { count: fit.total, have: formatNumber(fit.have.length), total: formatNumber(fit.total) })),
    fit.have.length > 0 && h('p', { class: 'muted' }, t('panel_fit_have'), ' ', names(fit.have)),
    fit.missing.length > 0 && h('p', { class: 'muted' }, t('panel_fit_missing'), ' ', names(fit.missing)),
  );
}
