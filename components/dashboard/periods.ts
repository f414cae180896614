// The periods a comparison can pick: the last N days, the N days before them, all time, or
// dates the user types.
import { formatDay, formatDayRange, t } from '@/lib/i18n';
import { DAY, isoDay, lastDaysPeriods, type Period } from '@/lib/insights/time';

export type PeriodChoice = { kind: 'last' | 'previous'; days: number } | { kind: 'all' } | { kind: 'custom'; from: string; to: string };

/** The choices with their words (called at render: the words follow the language). */
export const periodOptions = (): { value: string; name: string }[] => [
  ...[7, 30, 90].flatMap((d) => [
    { value: `last:${d}`, name: t('period_last_days', { count: d }) },
    { value: `previous:${d}`, name: t('period_days_before_those', { count: d }) },
  ]),
  { value: 'all', name: t('period_all_time') },
  { value: 'custom', name: t('period_custom') },
];

export function choiceValue(c: PeriodChoice): string {
  return c.kind === 'last' || c.kind === 'previous' ? `${c.kind}:${c.days}` : c.kind;
}

export function choiceFromValue(value: string, now: number): PeriodChoice {
  const [kind, days] = value.split(':');
  if ((kind === 'last' || kind === 'previous') && days) return { kind, days: Number(days) };
  if (kind === 'custom') return { kind, from: isoDay(now - 30 * DAY), to: isoDay(now) };
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
  if (c.kind === 'all') return t('period_all_time_lower');
  const p = periodOf(c, now);
  const span =
    Number.isFinite(p.start) && Number.isFinite(p.end) && p.end > p.start
      ? formatDayRange(p.start, p.end - 1)
      : `${Number.isFinite(p.start) ? formatDay(p.start) : '…'} – ${Number.isFinite(p.end) ? formatDay(p.end - 1) : '…'}`;
  if (c.kind === 'custom') return span;
  return t(c.kind === 'last' ? 'period_words_last' : 'period_words_before', { count: c.days, span });
}
