// Client quality 0–100 with coded flags. The score starts at 100 and each flag takes off
// its penalty from model.ts, so the panel can show the sum; flags are data: code, test.
import type { Listing } from '../model/listing';
import type { Finding } from './findings';
import { finding } from './findings';
import { clientFacts, type ClientFacts } from './client-facts';
import type { CategoryMedian } from './inputs';
import { ADVISOR_MODEL, type FlagCode } from './model';
import { findScamPhrases } from './scam-phrases';
import { hourlyMid } from './pay-figures';

const Q = ADVISOR_MODEL.clientQuality;

interface FlagContext {
  facts: ClientFacts;
  listing: Listing;
  median: CategoryMedian | null;
}

/** One rule per flag: the findings it raises (none when it does not apply or is unknown). */
const FLAG_RULES: { code: FlagCode; test: (c: FlagContext) => Finding[] }[] = [
  { code: 'payment-unverified', test: ({ facts }) => (facts.paymentVerified === false ? [finding('payment-unverified', {})] : []) },
  {
    code: 'hire-rate-low',
    test: ({ facts: { hireRate, jobsPosted } }) =>
      hireRate !== null && hireRate < Q.hireRateUnderPct && (jobsPosted === null || jobsPosted >= Q.hireRateMinJobs)
        ? [finding('hire-rate-low', { rate: hireRate, jobs: jobsPosted })]
        : [],
  },
  { code: 'no-spend', test: ({ facts }) => (facts.totalSpent === 0 ? [finding('no-spend', {})] : []) },
  {
    code: 'few-reviews',
    test: ({ facts: { reviews } }) => (reviews !== null && reviews < Q.fewReviewsUnder ? [finding('few-reviews', { reviews })] : []),
  },
  {
    code: 'poor-rating',
    test: ({ facts: { rating, reviews } }) =>
      rating !== null && rating < Q.poorRatingUnder && reviews !== 0 ? [finding('poor-rating', { rating, reviews })] : [],
  },
  {
    code: 'many-open-jobs',
    test: ({ facts: { openJobs } }) =>
      openJobs !== null && openJobs >= Q.manyOpenJobsAtLeast ? [finding('many-open-jobs', { open: openJobs })] : [],
  },
  { code: 'budget-below-median', test: budgetBelowMedian },
  { code: 'off-platform', test: (c) => phraseFindings(c.listing, 'off-platform') },
  { code: 'scam-phrase', test: (c) => phraseFindings(c.listing, 'scam-phrase') },
  {
    code: 'many-proposals',
    test: ({ listing: { proposals } }) =>
      proposals && proposals.min >= Q.manyProposalsAtLeast ? [finding('many-proposals', { ...proposals })] : [],
  },
  {
    code: 'many-interviews',
    test: ({ listing }) => {
      const n = listing.activity?.interviewing ?? null;
      return n !== null && n >= Q.manyInterviewsAtLeast ? [finding('many-interviews', { interviewing: n })] : [];
    },
  },
];

function budgetBelowMedian({ listing: { pay }, median }: FlagContext): Finding[] {
  if (!pay || !median) return [];
  if (pay.type === 'fixed' && median.fixedUsd && pay.amount < median.fixedUsd * Q.budgetBelowMedianShare) {
    return [finding('budget-below-median', { amount: pay.amount, median: median.fixedUsd, per: 'job' })];
  }
  const rate = pay.type === 'hourly' ? hourlyMid(pay) : null;
  if (rate !== null && median.hourlyUsd && rate < median.hourlyUsd * Q.hourlyBelowMedianShare) {
    return [finding('budget-below-median', { amount: rate, median: median.hourlyUsd, per: 'hour' })];
  }
  return [];
}

function phraseFindings(listing: Listing, flag: 'off-platform' | 'scam-phrase'): Finding[] {
  const text = `${listing.title}\n${listing.description ?? ''}`;
  return findScamPhrases(text)
    .filter((m) => m.flag === flag)
    .map((m) => finding(flag, { name: m.name, quote: m.quote }));
}

export interface ClientQuality {
  /** 0–100; null when fewer than `minFacts` client facts are known (a logged-out tile). */
  score: number | null;
  flags: Finding[];
  /** The penalty each raised flag took off (once per code), for the panel's sum. */
  penalties: { code: FlagCode; points: number }[];
  facts: ClientFacts;
}

export function clientQuality(listing: Listing, median: CategoryMedian | null = null): ClientQuality {
  const facts = clientFacts(listing);
  const ctx = { facts, listing, median };
  const flags: Finding[] = [];
  const penalties: ClientQuality['penalties'] = [];
  for (const rule of FLAG_RULES) {
    const raised = rule.test(ctx);
    if (raised.length === 0) continue;
    flags.push(...raised);
    penalties.push({ code: rule.code, points: Q.penalties[rule.code] });
  }
  const lost = penalties.reduce((sum, p) => sum + p.points, 0);
  const score = facts.known >= Q.minFacts ? Math.max(0, Q.start - lost) : null;
  return { score, flags, penalties, facts };
}
