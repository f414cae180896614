// A translator's constructed history for the plan (lib/fit/pivot-plan.ts) and its views (dashboard
// section, popup card, report): exact shares by hand, a move one listing short of the
// threshold, and the same listings as stored rows for a coach's dataset.
import type { StoredListing } from '@/lib/db/schema';
import { skillWeekDeltas, withDelta, type SkillListing, type SkillWeek } from '@/lib/fit/skill-aggregate';
import type { CategoryTrend } from '@/lib/trends/category-trend';
import { scenario } from './scenario';

const WEEK = 7 * 86_400_000;
export const T0 = Date.parse('2026-09-07T00:00:00Z');

/** `n` listings of one category with the same skills, spread over two weeks. */
export const many = (n: number, categoryId: string, skills: string[]): SkillListing[] =>
  Array.from({ length: n }, (_, i) => ({ categoryId, skills, firstSeenAt: T0 + (i % 2) * WEEK }));

export const HISTORY: SkillListing[] = [
  // Translation: (20 × 2/3 + 10 × 1/2) / 30 = 11/18 ≈ 61%; 5 more without skills.
  ...many(20, 'translation', ['Translation', 'English', 'French']),
  ...many(10, 'translation', ['Document Translation', 'Localization']),
  ...many(5, 'translation', []),
  ...many(8, 'transcription', ['Transcription', 'English']),
  // Interpretation & tutoring: (12 × 1/3 + 12 × 1/2) / 24 = 5/12 ≈ 42%.
  ...many(12, 'interpretation-tutoring', ['n8n', 'English', 'Python']),
  ...many(12, 'interpretation-tutoring', ['Subtitles', 'Caption', 'Video Editing']),
  // QA & testing: 40 × 2 of 4 = 50%.
  ...many(40, 'qa-testing', ['Proofreading', 'Translation', 'AI Content Creation', 'QA']),
  // Video editing: one listing with skills short of the threshold.
  ...many(19, 'video-editing', ['Video Editing', 'Subtitles']),
  ...many(3, 'video-editing', []),
];

export const recordsOf = (listings: readonly SkillListing[], origin = 'local'): SkillWeek[] =>
  [...skillWeekDeltas(listings.map((after) => ({ before: undefined, after })), origin).values()].map((d) => withDelta(undefined, d)!);

export const PROFILE = { skills: ['Translation', 'english', 'Proofreading', 'Subtitles'], categories: ['translation', 'transcription'], rate: null };

export const LOCAL: CategoryTrend = {
  medianNow: 18, medianBefore: 20, change: -0.1, nNow: 12, nBefore: 30, metric: 'hourlyMid', currency: 'USD',
  window: { now: { from: '2026-09-07', to: '2026-10-04' }, before: { from: '2026-06-15', to: '2026-09-06' } },
};

/** The same listings as a class dataset's rows: real stored listings given these categories,
 *  skills and first sightings (and no pay trend: their pay is the scenario's). */
export function datasetRows(listings: readonly SkillListing[] = HISTORY): StoredListing[] {
  const base = scenario();
  return listings.map((s, i) => ({ ...base[i % base.length]!, id: `row-${i}`, categoryId: s.categoryId, skills: [...s.skills], firstSeenAt: s.firstSeenAt, lastSeenAt: s.firstSeenAt }));
}
