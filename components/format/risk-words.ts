// The words for a risk level and a mode, shared by badge, popup, dashboard and exports.
import type { RiskAttr, RiskMode } from '@/lib/model/label';
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

const MODE_KEYS: Record<RiskMode, string> = {
  automation: 'mode_automation',
  augmentation: 'mode_augmentation',
  'builds-ai': 'mode_builds_ai',
  'human-only': 'mode_human_only',
  'operates-ai': 'mode_operates_ai',
  'reviews-ai': 'mode_reviews_ai',
};

/** The mode in one line: building AI, operating AI tools, checking AI output, or how much AI
 *  can do of the work itself. */
export const riskModeWords = (mode: RiskMode): string => t(MODE_KEYS[mode] ?? 'mode_automation');
