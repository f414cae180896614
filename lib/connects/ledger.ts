// The Connects ledger: what the user spent per category and month and what it bought, and
// the user's own hire rate per category that the estimate uses once there are enough.
import type { OwnRecord } from './inputs';
import { ADVISOR_MODEL } from './model';
import type { OutcomeRecord } from './outcome';

const DAY_MS = 86_400_000;
export const UNCATEGORISED = 'uncategorised';

export interface LedgerRow {
  /** `YYYY-MM` of the application (UTC). */
  month: string;
  categoryId: string;
  categoryName: string;
  applications: number;
  connects: number;
  usd: number;
  /** Applications whose Connects the user did not know (not in `connects`). */
  unknownCost: number;
  interviews: number;
  hires: number;
  noReply: number;
  pending: number;
  /** Likely contract value of the hires, as estimated when the user applied. */
  hiredValueUsd: number;
}

export type Resolution = 'hired' | 'lost' | 'pending';

/** Hired and no-reply are final; anything else counts as lost once it has waited long enough. */
export function resolution(o: OutcomeRecord, now: number): Resolution {
  if (o.status === 'hired') return 'hired';
  if (o.status === 'no-reply') return 'lost';
  return now - o.updatedAt >= ADVISOR_MODEL.hire.pendingLostAfterDays * DAY_MS ? 'lost' : 'pending';
}

const EMPTY_COUNTS = {
  applications: 0,
  connects: 0,
  usd: 0,
  unknownCost: 0,
  interviews: 0,
  hires: 0,
  noReply: 0,
  pending: 0,
  hiredValueUsd: 0,
};

const monthOf = (at: number) => new Date(at).toISOString().slice(0, 7);
const keyOf = (o: OutcomeRecord) => o.categoryId ?? UNCATEGORISED;
const cents = (n: number) => Math.round(n * 100) / 100;

/** Rows per month and category, newest month first, then by Connects spent. */
export function ledgerRows(outcomes: readonly OutcomeRecord[], now: number): LedgerRow[] {
  const rows = new Map<string, LedgerRow>();
  for (const o of outcomes) {
    const month = monthOf(o.appliedAt);
    const categoryId = keyOf(o);
    const key = `${month}|${categoryId}`;
    let row = rows.get(key);
    if (!row) {
      const categoryName = o.categoryName ?? (o.categoryId ? o.categoryId : 'Uncategorised');
      row = { month, categoryId, categoryName, ...EMPTY_COUNTS };
      rows.set(key, row);
    }
    row.applications++;
    if (o.connects === null) row.unknownCost++;
    else {
      row.connects += o.connects;
      row.usd = cents(row.usd + o.connects * o.priceUsd);
    }
    if (o.status === 'interviewed' || o.steps.some((s) => s.status === 'interviewed')) row.interviews++;
    const r = resolution(o, now);
    if (r === 'hired') {
      row.hires++;
      row.hiredValueUsd += o.valueUsd ?? 0;
    } else if (o.status === 'no-reply') row.noReply++;
    else if (r === 'pending') row.pending++;
  }
  return [...rows.values()].sort((a, b) => b.month.localeCompare(a.month) || b.connects - a.connects);
}

export interface LedgerTotals {
  applications: number;
  connects: number;
  usd: number;
  interviews: number;
  hires: number;
  hiredValueUsd: number;
  /** Money spent per interview and per hire; null before the first one. */
  usdPerInterview: number | null;
  usdPerHire: number | null;
}

export function ledgerTotals(rows: readonly LedgerRow[]): LedgerTotals {
  const sum = (f: (r: LedgerRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const usd = cents(sum((r) => r.usd));
  const interviews = sum((r) => r.interviews);
  const hires = sum((r) => r.hires);
  return {
    applications: sum((r) => r.applications),
    connects: sum((r) => r.connects),
    usd,
    interviews,
    hires,
    hiredValueUsd: sum((r) => r.hiredValueUsd),
    usdPerInterview: interviews ? cents(usd / interviews) : null,
    usdPerHire: hires ? cents(usd / hires) : null,
  };
}

/** The user's resolved applications per category (pending ones wait). */
export function ownRecords(outcomes: readonly OutcomeRecord[], now: number): Map<string, OwnRecord> {
  const out = new Map<string, OwnRecord>();
  for (const o of outcomes) {
    const r = resolution(o, now);
    if (r === 'pending') continue;
    const id = keyOf(o);
    const rec = out.get(id) ?? { category: o.categoryName ?? id, hires: 0, resolved: 0 };
    rec.resolved++;
    if (r === 'hired') rec.hires++;
    out.set(id, rec);
  }
  return out;
}
