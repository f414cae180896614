// The periods a comparison can pick: the last N days, the N days before them, all time, or
// dates the user types.
import { DAY, formatDay, lastDaysPeriods, type Period } from '@/lib/insights/time';

export type PeriodChoice = { kind: 'last' | 'previous'; days: number } | { kind: 'all' } | { kind: 'custom'; from: string; to: string };

export const PERIOD_OPTIONS: { value: string; name: string }[] = [
  ...[7, 30, 90].flatMap((d) => [
    { value: `last:${d}`, name: `Last ${d} days` },
    { value: `previous:${d}`, name: `The ${d} days before those` },
  ]),
  { value: 'all', name: 'All time' },
  { value: 'custom', name: 'Dates I choose' },
];

export function choiceValue(c: PeriodChoice): string {
  return c.kind === 'last' || c.kind === 'previous' ? `${c.kind}:${c.days}` : c.kind;
}

export function choiceFromValue(value: string, now: number): PeriodChoice {
  const [kind, days] = value.split(':');
  if ((kind === 'last' || kind === 'previous') && days) return { kind, days: Number(days) };
  if (kind === 'custom') return { kind, from: formatDay(now - 30 * DAY), to: formatDay(now) };
  return { kind: 'all' };
}

export function periodOf(c: PeriodChoice, now: number): Period {
  if (c.kind === 'all') return { start: -Infinity, end: Infinity };
  if (c.kind === 'custom') {
    const start = Date.parse(`${c.from}T00:00:00Z`);
    const end = Date.parse(`${c.to}T00:00:00Z`) + DAY;
    return { start: Number.isNaN(start) ? -Infinity : start, end: Number.isNaN(end) ? Infinity : end };
  }
  const { recent, before } = lastDaysPeriods(now, c.days);
  return c.kind === 'last' ? recent : before;
}

export function periodWords(c: PeriodChoice, now: number): string {
  if (c.kind === 'all') return 'all time';
  const p = periodOf(c, now);
  const span = `${Number.isFinite(p.start) ? formatDay(p.start) : '…'} – ${Number.isFinite(p.end) ? formatDay(p.end - 1) : '…'}`;
  if (c.kind === 'custom') return span;
  return `${c.kind === 'last' ? `last ${c.days} days` : `the ${c.days} days before`} (${span})`;
}
