// One weekly aggregate: how many listings of a scope (platform, category, Upwork top category
// or skill) were first seen that week, their proposals tiers and their pay histograms per
// currency. Only integer counts, so adding and taking out contributions is exact.
import type { Contribution, PayMetric } from './contribution';
import type { Histogram } from './histogram';

export interface WeekAggregate {
  /** `local` for this browser's own listings; another database's origin id for the history
   *  an import brought in without its raw listings (lib/export/import-json.ts). */
  origin: string;
  scope: string;
  week: number;
  seen: number;
  proposals: Record<string, number>;
  pay: Record<string, Partial<Record<PayMetric, Histogram>>>;
}

export const LOCAL_ORIGIN = 'local';

export const emptyAggregate = (origin: string, scope: string, week: number): WeekAggregate => ({
  origin,
  scope,
  week,
  seen: 0,
  proposals: {},
  pay: {},
});

function bump(counts: Record<string, number>, key: string, by: number): void {
  const next = (counts[key] ?? 0) + by;
  if (next === 0) delete counts[key];
  else counts[key] = next;
}

function bumpPay(rec: WeekAggregate, currency: string, metric: PayMetric, bin: string, by: number): void {
  const metrics = (rec.pay[currency] ??= {});
  const hist = (metrics[metric] ??= {});
  bump(hist, bin, by);
  if (Object.keys(hist).length === 0) delete metrics[metric];
  if (Object.keys(metrics).length === 0) delete rec.pay[currency];
}

/** Adds (sign 1) or takes out (sign -1) one listing's contribution to one scope's week. */
export function addContribution(rec: WeekAggregate, c: Contribution, sign: 1 | -1): void {
  rec.seen += sign;
  if (c.proposals !== null) bump(rec.proposals, c.proposals, sign);
  if (c.currency === null) return;
  for (const [metric, bin] of Object.entries(c.pay) as [PayMetric, number][]) {
    bumpPay(rec, c.currency, metric, String(bin), sign);
  }
}

/** Adds (sign 1) or subtracts (sign -1) a whole aggregate into another. */
export function addAggregate(target: WeekAggregate, source: WeekAggregate, sign: 1 | -1): void {
  target.seen += sign * source.seen;
  for (const [tier, n] of Object.entries(source.proposals)) bump(target.proposals, tier, sign * n);
  for (const [currency, metrics] of Object.entries(source.pay)) {
    for (const [metric, hist] of Object.entries(metrics) as [PayMetric, Histogram][]) {
      for (const [bin, n] of Object.entries(hist)) bumpPay(target, currency, metric, bin, sign * n);
    }
  }
}

export const isEmptyAggregate = (rec: WeekAggregate): boolean =>
  rec.seen === 0 && Object.keys(rec.proposals).length === 0 && Object.keys(rec.pay).length === 0;

/** True when any count went below zero: a history that does not add up. */
export function hasNegative(rec: WeekAggregate): boolean {
  if (rec.seen < 0 || Object.values(rec.proposals).some((n) => n < 0)) return true;
  return Object.values(rec.pay).some((metrics) =>
    Object.values(metrics).some((hist) => Object.values(hist ?? {}).some((n) => n < 0)),
  );
}

export const aggregateKey = (origin: string, scope: string, week: number): [string, string, number] => [
  origin,
  scope,
  week,
];
