// The words for a risk level, shared by badge, popup, dashboard and exports.
import type { RiskAttr } from '@/lib/model/label';

const NAMES: Record<RiskAttr, string> = {
  'very-low': 'Very low',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
  unknown: 'Unknown',
};

export const riskLevelName = (level: RiskAttr): string => NAMES[level];
