// The risk mix as one bar split by band, with the counts written out beside it.
import { formatNumber, t } from '@/lib/i18n';
import { riskLevelName } from '../format/risk-words';
import { RISK_ATTRS, mixTotal, type RiskMix } from '@/lib/insights/risk-mix';

export function RiskMixBar({ mix }: { mix: RiskMix }) {
  const total = mixTotal(mix);
  const parts = RISK_ATTRS.filter((level) => mix[level] > 0);
  const words = parts.map((level) => `${riskLevelName(level)} ${formatNumber(mix[level])}`).join(t('list_separator'));
  if (total === 0) return <p class="muted">{t('riskmix_empty')}</p>;
  return (
    <div class="riskmix">
      <div class="riskmix-bar" role="img" aria-label={t('riskmix_label', { count: total, words })}>
        {parts.map((level) => (
          <span key={level} class={`riskmix-part bg-${level}`} style={{ flexGrow: mix[level] }} title={`${riskLevelName(level)}: ${formatNumber(mix[level])}`} />
        ))}
      </div>
      <ul class="legend" aria-hidden="true">
        {parts.map((level) => (
          <li key={level} data-risk={level}>
            <span class={`swatch bg-${level}`} />
            {riskLevelName(level)} <strong>{formatNumber(mix[level])}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
