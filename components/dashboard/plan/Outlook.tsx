// A category's risk and trends as the plan shows them: the evidence row's starting score with
// its sources, the research baseline (share of Upwork posts and rates, 2023 against 2026) and
// the user's own pay trend with the listings behind it, or why there is none yet.
import { formatNumber, t } from '@/lib/i18n';
import type { CategoryOutlook } from '@/lib/fit/category-outlook';
import type { PayMetric } from '@/lib/trends/contribution';
import type { LocalTrend } from '@/lib/trends/trend-label';
import { baselineDirectionWords, baselineRateWords, baselineShareWords, localWords, type HomeCurrency } from '@/lib/trends/trend-words';
import { BEFORE_WEEKS, MIN_LISTINGS, NOW_WEEKS } from '@/lib/trends/weeks';
import { Cites } from './Cites';

/** Lower-case level words for the middle of a sentence (the chips' words are capitalised). */
const LEVEL_KEYS = { 'very-low': 'level_very_low', low: 'level_low', medium: 'level_medium', high: 'level_high', 'very-high': 'level_very_high' } as const;
const EVIDENCE_KEYS = { causal: 'plan_evidence_causal', exposure: 'plan_evidence_exposure', provisional: 'plan_evidence_provisional' } as const;

/** The sources pass the metric and currency along (lib/trends/category-trend.ts); a trend
 *  without them is worded without money. */
type PlanTrend = LocalTrend & { metric?: PayMetric; currency?: string };

function OwnTrend({ local, name, home }: { local: PlanTrend | null; name: string; home: HomeCurrency }) {
  if (!local) return <p class="muted" data-plan-local="none">{t('plan_local_none', { needed: MIN_LISTINGS, nowWeeks: NOW_WEEKS, beforeWeeks: BEFORE_WEEKS })}</p>;
  const words =
    local.metric && local.currency
      ? localWords(local, { categoryName: name, metric: local.metric, currency: local.currency, nNow: local.nNow, nBefore: local.nBefore, needed: MIN_LISTINGS, nowWeeks: NOW_WEEKS, beforeWeeks: BEFORE_WEEKS }, home)
      : t('plan_local_change', {
          change: `${local.change >= 0 ? '+' : '−'}${formatNumber(Math.abs(Math.round(local.change * 100)))}%`,
          nNow: local.nNow,
          nBefore: local.nBefore,
        });
  return <p data-plan-local="ok">{words}</p>;
}

export function Outlook({ outlook, name, home }: { outlook: CategoryOutlook; name: string; home: HomeCurrency }) {
  const { risk, baseline } = outlook;
  return (
    <>
      {risk ? (
        <p data-plan-risk={risk.level}>
          {t('plan_risk', { level: t(LEVEL_KEYS[risk.level]), score: formatNumber(risk.score), evidence: t(EVIDENCE_KEYS[risk.evidence]) })}
          <Cites sources={risk.sources} />
        </p>
      ) : (
        <p class="muted" data-plan-risk="unknown">{t('plan_risk_none')}</p>
      )}
      {baseline && (
        <>
          <p data-plan-baseline>{t('plan_baseline', { share: baselineShareWords(baseline), direction: baselineDirectionWords(baseline) })}</p>
          <p data-plan-baseline-rate>{baselineRateWords(baseline, home)}</p>
        </>
      )}
      <OwnTrend local={outlook.local} name={name} home={home} />
    </>
  );
}
