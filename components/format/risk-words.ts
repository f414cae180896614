// The words for a risk level, shared by badge, popup, dashboard and exports.
import type { RiskAttr } from '@/lib/model/label';
import { t } from '@/lib/i18n';

const KEYS: Record<RiskAttr, string> = {
  'very-low': 'risk_very_low',
  low: 'risk_low',
  medium: 'risk_medium',
  high: 'risk_high',
  'very-high': 'risk_very_high',
  unknown: 'risk_unknown',
};

export const riskLevelName = (level: RiskAttr): string => t(KEYS[level]);
