// The Connects advisor's formula, inputs and weights, as data. Every number the advisor
// uses is here, shown in the panel and documented in docs/connects-advisor.md; change a
// number here and the docs' table (tests/unit/connects/model.test.ts checks it) together.
import type { RiskLevel } from '../model/label';
import type { CompetitionLevel, FindingCode, Verdict } from './findings';

export type { CompetitionLevel, Verdict } from './findings';

export const ADVISOR_MODEL = {
  version: 2,
  /** Upwork sells Connects at $0.15 (2024–2026); the user's own price is a setting. */
  defaultConnectsPriceUsd: 0.15,
  /** Tiles show no Connects (markup-history: "connects: detail page only"); some pages
   *  carry them in embedded state. Without them the estimate assumes this many, and says so. */
  assumedConnects: 16,

  clientQuality: {
    /** The score starts here and each flag takes off its penalty (flags below). */
    start: 100,
    /** Fewer known client facts than this: no score, only the flags that are known. */
    minFacts: 2,
    hireRateUnderPct: 30,
    /** A hire rate is only a pattern after this many posted jobs. */
    hireRateMinJobs: 3,
    fewReviewsUnder: 3,
    poorRatingUnder: 4.0,
    manyOpenJobsAtLeast: 5,
    /** Fixed budgets below this share of the category median are "far below". */
    budgetBelowMedianShare: 0.4,
    hourlyBelowMedianShare: 0.5,
    manyProposalsAtLeast: 50,
    manyInterviewsAtLeast: 5,
    penalties: {
      'payment-unverified': 30,
      'hire-rate-low': 25,
      'no-spend': 15,
      'few-reviews': 10,
      'poor-rating': 20,
      'many-open-jobs': 10,
      'budget-below-median': 15,
      'off-platform': 40,
      'scam-phrase': 40,
      'many-proposals': 5,
      'many-interviews': 5,
    },
  },

  /** P(hire) = P(client hires anyone) × P(you win | a hire) × skill-fit factor × AI-risk factor. */
  hire: {
    /** Share of posted jobs that end in a hire, used when the client's rate is unknown,
     *  and as the prior the client's own rate is shrunk toward (weight in jobs). */
    clientPrior: 0.5,
    clientPriorWeight: 3,
    /** Payment unverified: clients who cannot pay cannot hire. */
    unverifiedFactor: 0.5,
    /** A proposals tier "50+" has no top: its middle is taken as this. */
    openTierMiddle: 60,
    /** Tiles without a proposals tier: assume this many rivals. */
    unknownProposals: 15,
    /** Share of proposals that are real rivals (the rest are off-target or mass bids). */
    rivalShare: 0.7,
    /** An interview already running for someone else is worth this many extra rivals. */
    rivalsPerInterview: 3,
    /** Work that AI can substitute is more often dropped or shrunk before a hire. */
    riskFactor: { 'very-low': 1, low: 1, medium: 0.95, high: 0.85, 'very-high': 0.7 } satisfies Record<
      RiskLevel,
      number
    >,
    /** The listing's skills against the user's profile (lib/fit): a proposal from someone who
     *  lacks the skills the client listed is less likely to win. Factor = floor + (1 − floor)
     *  × min(1, share ÷ fullAtShare); unknown fit (no profile, no skills listed) is 1, as before.
     *  The floor is not 0 because skill tags are partly boilerplate and profiles incomplete; a
     *  share of fullAtShare counts as a full fit because clients list nice-to-haves too. */
    fit: { floor: 0.5, fullAtShare: 0.75 },
    /** The user's own win rate per category replaces the rivals estimate by shrinkage:
     *  (hires + model × weight) / (resolved + weight), once `minOutcomes` are resolved. */
    ownRateMinOutcomes: 5,
    ownRateWeight: 5,
    /** An application still "applied" or "interviewed" this long counts as not hired. */
    pendingLostAfterDays: 30,
  },

  /** Likely contract value in USD. */
  value: {
    /** Hours a week by Upwork's workload wording; unknown → `defaultHoursPerWeek`. */
    hoursPerWeek: [
      { match: 'more than 30', hours: 30 },
      { match: 'less than 30', hours: 15 },
      { match: 'less than 10', hours: 6 },
    ],
    defaultHoursPerWeek: 10,
    /** Weeks by Upwork's duration wording; unknown → `defaultWeeks`. */
    weeks: [
      { match: 'less than 1 month', weeks: 2 },
      { match: '1 to 3 months', weeks: 8 },
      { match: '3 to 6 months', weeks: 17 },
      { match: 'more than 6 months', weeks: 26 },
    ],
    defaultWeeks: 4,
    /** Pay not shown and no category median: assume these, and say so. */
    fallbackHourlyUsd: 25,
    fallbackFixedUsd: 300,
  },

  /** Expected value ÷ Connects cost, both in USD. A proposal also costs time, so the
   *  value a hire brings must be many times the Connects spent. */
  verdict: {
    worthItAtLeast: 30,
    thinkTwiceAtLeast: 10,
    /** Flags that cap the verdict whatever the expected value. */
    caps: {
      'off-platform': 'skip',
      'scam-phrase': 'skip',
      'payment-unverified': 'think-twice',
      'hire-rate-low': 'think-twice',
      repost: 'think-twice',
      'ghost-open-long': 'think-twice',
    } as Partial<Record<FindingCode, Verdict>>,
  },

  history: {
    /** Near-identical titles: share of shared words (Jaccard on word sets). */
    titleSimilarityAtLeast: 0.6,
    /** Client details (besides the country) that must agree to call two posts one client. */
    clientMatchesAtLeast: 2,
    spendTolerance: 0.15,
    ratingTolerance: 0.05,
    /** Counts grow between two posts of one client: allow this much difference. */
    reviewsTolerance: 2,
    jobsPostedTolerance: 5,
    hireRateTolerancePts: 5,
    hiresTolerance: 3,
    /** A job still listed this long after it was posted or first seen, with no hire. */
    ghostAfterDays: 21,
    /** A client who has not looked at the applicants in this long. */
    clientAwayAfterDays: 7,
    maxMatches: 3,
  },

  competition: {
    /** Rivals (after `rivalShare`) at or above which competition reads as each level. */
    levels: [
      { atLeast: 35, level: 'very-high' },
      { atLeast: 15, level: 'high' },
      { atLeast: 5, level: 'medium' },
      { atLeast: 0, level: 'low' },
    ],
  },
} as const;

export type AdvisorModel = typeof ADVISOR_MODEL;
// The levels above must be the ones findings.ts words.
const LEVELS_CHECK: readonly { level: CompetitionLevel }[] = ADVISOR_MODEL.competition.levels;
void LEVELS_CHECK;
export type FlagCode = keyof AdvisorModel['clientQuality']['penalties'];
export const FLAG_CODES = Object.keys(ADVISOR_MODEL.clientQuality.penalties) as FlagCode[];

/** The formula in words, as the panel and the docs show it. */
export const FORMULA_TEXT =
  'Expected value = P(hire) × likely contract value; verdict from expected value ÷ Connects cost. ' +
  'P(hire) = P(client hires) × P(you win among rivals, or your own rate in this category) × skill-fit factor (when known) × AI-risk factor.';
