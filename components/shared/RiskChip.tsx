// A listing's risk band in words and colour (the colour is never the only cue).
import { riskAttr, type Label } from '@/lib/model/label';
import { formatNumber } from '@/lib/i18n';
import { riskLevelName } from '../format/risk-words';

export function RiskChip({ label }: { label: Label | null }) {
  const level = riskAttr(label);
  const score = label?.risk ? ` · ${formatNumber(Math.round(label.risk.score))}` : '';
  return (
    <span class={`risk risk-${level}`} data-risk={level}>
      {riskLevelName(level)}
      {score}
    </span>
  );
}
