import { describe, expect, test } from 'vitest';
import { ledgerRows, ledgerTotals, ownRecords, resolution } from '@/lib/connects/ledger';
import { applyMark, type OutcomeMark, type OutcomeRecord, type OutcomeStatus } from '@/lib/connects/outcome';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 3, 20);

const mark = (id: string, status: OutcomeStatus, over: Partial<OutcomeMark> = {}): OutcomeMark => ({
  platform: 'upwork',
  id,
  title: `Job ${id}`,
  url: `https://www.upwork.com/jobs/${id}`,
  categoryId: 'web-dev',
  categoryName: 'Web development',
  status,
  connects: 16,
  priceUsd: 0.15,
  valueUsd: 1000,
  ...over,
});

/** A record marked through the given statuses, one day apart, starting `daysAgo`. */
function record(id: string, statuses: OutcomeStatus[], daysAgo: number, over: Partial<OutcomeMark> = {}): OutcomeRecord {
  let rec: OutcomeRecord | undefined;
  statuses.forEach((s, n) => (rec = applyMark(rec, mark(id, s, over), NOW - (daysAgo - n) * DAY)));
  return rec!;
}

const OUTCOMES = [
  record('~01a', ['applied', 'interviewed', 'hired'], 10),
  record('~01b', ['applied', 'no-reply'], 12),
  record('~01c', ['applied'], 45), // waited 45 days: lost
  record('~01d', ['applied'], 3), // still pending
  record('~01e', ['applied', 'hired'], 50, { connects: 20, valueUsd: 3000 }), // March
  record('~01f', ['applied'], 5, { categoryId: 'logo', categoryName: 'Logo design', connects: null }),
];

describe('outcome records', () => {
  test('the first mark dates the application; each change of status is a step', () => {
    const r = record('~01a', ['applied', 'interviewed', 'interviewed', 'hired'], 10);
    expect(r.appliedAt).toBe(NOW - 10 * DAY);
    expect(r.updatedAt).toBe(NOW - 7 * DAY);
    expect(r.steps.map((s) => s.status)).toEqual(['applied', 'interviewed', 'hired']);
  });

  test('a later mark without Connects keeps the ones known', () => {
    const r = applyMark(record('~01a', ['applied'], 2), mark('~01a', 'no-reply', { connects: null }), NOW);
    expect(r.connects).toBe(16);
  });

  test.each([
    ['~01a', 'hired'],
    ['~01b', 'lost'],
    ['~01c', 'lost'],
    ['~01d', 'pending'],
  ])('%s resolves as %s', (id, expected) => {
    expect(resolution(OUTCOMES.find((o) => o.id === id)!, NOW)).toBe(expected);
  });
});

describe('ledger', () => {
  test('rows per month and category, newest first', () => {
    expect(ledgerRows(OUTCOMES, NOW)).toEqual([
      {
        month: '2026-04',
        categoryId: 'web-dev',
        categoryName: 'Web development',
        applications: 3,
        connects: 48,
        usd: 7.2,
        unknownCost: 0,
        interviews: 1,
        hires: 1,
        noReply: 1,
        pending: 1,
        hiredValueUsd: 1000,
      },
      {
        month: '2026-04',
        categoryId: 'logo',
        categoryName: 'Logo design',
        applications: 1,
        connects: 0,
        usd: 0,
        unknownCost: 1,
        interviews: 0,
        hires: 0,
        noReply: 0,
        pending: 1,
        hiredValueUsd: 0,
      },
      {
        month: '2026-03',
        categoryId: 'web-dev',
        categoryName: 'Web development',
        applications: 2,
        connects: 36,
        usd: 5.4,
        unknownCost: 0,
        interviews: 0,
        hires: 1,
        noReply: 0,
        pending: 0,
        hiredValueUsd: 3000,
      },
    ]);
  });

  test('totals: what the Connects bought', () => {
    expect(ledgerTotals(ledgerRows(OUTCOMES, NOW))).toEqual({
      applications: 6,
      connects: 84,
      usd: 12.6,
      interviews: 1,
      hires: 2,
      hiredValueUsd: 4000,
      usdPerInterview: 12.6,
      usdPerHire: 6.3,
    });
  });

  test('own records count resolved applications only', () => {
    expect(Object.fromEntries(ownRecords(OUTCOMES, NOW))).toEqual({
      'web-dev': { category: 'Web development', hires: 2, resolved: 4 },
    });
  });

  test('an empty ledger', () => {
    expect(ledgerTotals(ledgerRows([], NOW))).toMatchObject({ applications: 0, usdPerHire: null, usdPerInterview: null });
  });
});
