// How many listings fall in each risk band: the bar in the popup and the weekly columns.
import { RISK_LEVELS, riskAttr, type Label, type RiskAttr } from '../model/label';

export const RISK_ATTRS: readonly RiskAttr[] = [...RISK_LEVELS, 'unknown'];

export type RiskMix = Record<RiskAttr, number>;

export const emptyMix = (): RiskMix => ({ 'very-low': 0, low: 0, medium: 0, high: 0, 'very-high': 0, unknown: 0 });

export function riskMix(listings: Iterable<{ label: Label | null }>): RiskMix {
  const mix = emptyMix();
  for (const l of listings) mix[riskAttr(l.label)]++;
  return mix;
}

export const mixTotal = (mix: RiskMix): number => RISK_ATTRS.reduce((sum, level) => sum + mix[level], 0);

/** Share of labelled listings that are high or very high, 0..1; null when none is labelled. */
export function highRiskShare(mix: RiskMix): number | null {
  const labelled = mixTotal(mix) - mix.unknown;
  return labelled === 0 ? null : (mix.high + mix['very-high']) / labelled;
}
