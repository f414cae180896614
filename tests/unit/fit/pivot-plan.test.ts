// The pivot plan on a constructed history: a translator whose demand moves (per the evidence)
// to interpretation/tutoring, QA and video. Exact average fits, common and learn skills,
// the "too few seen yet" threshold, the ranking, cited moves, and the same plan for a coach's
// imported dataset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_PLAN_LISTINGS } from '@/lib/fit/category-reach';
import { normaliseSkill } from '@/lib/fit/normalise-skill';
import { pivotPlan, type PivotPlan, type TargetPlan } from '@/lib/fit/pivot-plan';
import type { SkillListing } from '@/lib/fit/skill-aggregate';
import { levelOf } from '@/lib/rules/levels';
import { movesFrom } from '@/lib/rules/moves';
import { PRIORS } from '@/lib/rules/priors';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import type { LocalTrend } from '@/lib/trends/trend-label';
import { SHARED } from '../../fixtures';
import { HISTORY as TRANSLATOR, many, recordsOf } from '../insights/plan-history';

// The translator of tests/unit/insights/plan-history.ts, and a category nobody's demand moves to.
const HISTORY: SkillListing[] = [...TRANSLATOR, ...many(30, 'logo-branding', ['Logo Design'])];

const PROFILE = { skills: ['Translation', 'english', 'Proofreading', 'Subtitles', 'Document translation'], categories: ['translation', 'transcription', 'no-such-category'] };
const LOCAL: LocalTrend = { medianNow: 18, medianBefore: 20, change: -0.1, nNow: 12, nBefore: 30, window: { now: { from: '2026-09-07', to: '2026-10-04' }, before: { from: '2026-06-15', to: '2026-09-06' } } };
const plan = pivotPlan({ profile: PROFILE, records: recordsOf(HISTORY), localTrends: new Map([['translation', LOCAL]]) });
const target = (id: string): TargetPlan => plan.targets.find((t) => t.categoryId === id)!;
const figure = (name: string, listings: number, share: number, have: boolean, gain: number) => ({ key: normaliseSkill(name)!.key, name, listings, share, have, gain });

describe('the pivot plan on a constructed history', () => {
  it('rests on the evidence data it was built for', () => {
    expect(movesFrom('translation').map((m) => m.categoryId)).toEqual(['interpretation-tutoring', 'qa-testing']);
    expect(movesFrom('transcription').map((m) => m.categoryId)).toEqual(['interpretation-tutoring', 'video-editing']);
    expect(MIN_PLAN_LISTINGS).toBe(20);
  });

  it('gives each of my categories its risk, baseline, own trend and reach', () => {
    expect(plan.profileSkills).toBe(4);
    expect(plan.unknownCategories).toEqual(['no-such-category']);
    expect(plan.mine.map((m) => m.categoryId)).toEqual(['translation', 'transcription']);
    const [translation, transcription] = plan.mine;
    const prior = PRIORS[CATEGORY_BY_ID.get('translation')!.row]!;
    expect(translation!.risk).toEqual({ score: prior.score, level: levelOf(prior.score), evidence: prior.evidence, sources: prior.sources });
    expect(translation!.baseline?.upwork).toBe('Translation');
    expect(translation!.local).toBe(LOCAL);
    expect(transcription!.local).toBeNull();
    expect(translation!.movesTo).toEqual(['interpretation-tutoring', 'qa-testing']);
    // (20 × 2/3 + 10 × 1/2) / 30 = 11/18; the 5 listings without skills are seen, not counted.
    expect(translation!.reach).toEqual({
      status: 'ok',
      seen: 35,
      listings: 30,
      fit: 11 / 18,
      common: [
        figure('Translation', 30, 1, true, 7 / 18), // (20 × 1/3 + 10 × 1/2) / 30
        figure('English', 20, 2 / 3, true, 2 / 9),
        figure('French', 20, 2 / 3, false, 2 / 9),
        figure('Localization', 10, 1 / 3, false, 1 / 6),
      ],
      commonHave: 2,
      learn: [figure('French', 20, 2 / 3, false, 2 / 9), figure('Localization', 10, 1 / 3, false, 1 / 6)],
      fitAfter: 1,
    });
    expect(transcription!.reach).toEqual({ status: 'too-few', seen: 8, listings: 8 });
  });

  it('ranks the moves by reach, too few last, and never lists my own categories', () => {
    expect(plan.targets.map((t) => [t.categoryId, t.reach.status, t.from, t.nearest])).toEqual([
      ['qa-testing', 'ok', ['translation'], 1],
      ['interpretation-tutoring', 'ok', ['translation', 'transcription'], 0],
      ['video-editing', 'too-few', ['transcription'], 1],
    ]);
  });

  it('says which skills open a move and by how much, with the listings behind each figure', () => {
    // Ties on listings go to the larger gain: Subtitles and Video Editing sit on 2-skill listings.
    expect(target('interpretation-tutoring').reach).toEqual({
      status: 'ok',
      seen: 24,
      listings: 24,
      fit: 5 / 12,
      common: [
        figure('Subtitles', 12, 0.5, true, 1 / 4),
        figure('Video Editing', 12, 0.5, false, 1 / 4),
        figure('English', 12, 0.5, true, 1 / 6),
        figure('n8n', 12, 0.5, false, 1 / 6),
        figure('Python', 12, 0.5, false, 1 / 6),
      ],
      commonHave: 2,
      learn: [figure('Video Editing', 12, 0.5, false, 1 / 4), figure('n8n', 12, 0.5, false, 1 / 6), figure('Python', 12, 0.5, false, 1 / 6)],
      fitAfter: 1,
    });
    const qa = target('qa-testing').reach;
    expect(qa.status === 'ok' && [qa.fit, qa.commonHave, qa.learn.map((f) => f.name), qa.fitAfter]).toEqual([0.5, 2, ['AI Content Creation', 'Quality Assurance'], 1]);
  });

  it('says "too few seen yet" below the threshold and gives figures from it on', () => {
    expect(target('video-editing').reach).toEqual({ status: 'too-few', seen: 22, listings: 19 });
    const one = pivotPlan({ profile: PROFILE, records: recordsOf([...HISTORY, ...many(1, 'video-editing', ['Video Editing'])]) });
    const reach = one.targets.find((t) => t.categoryId === 'video-editing')!.reach;
    expect(reach.status === 'ok' && [reach.listings, reach.fit]).toEqual([20, (19 * 0.5) / 20]);
  });

  it('cites every move: its growth figure and evidence.md bibliography numbers', () => {
    const bibliography = readFileSync(join(SHARED, 'research', 'evidence.md'), 'utf8').split('## Bibliography')[1]!;
    for (const t of plan.targets) {
      expect(t.move.categoryId).toBe(t.categoryId);
      expect(t.move.figure.length).toBeGreaterThan(0);
      expect(t.move.sources.length).toBeGreaterThan(0);
      for (const n of t.move.sources) expect(bibliography).toMatch(new RegExp(`^${n}\\. `, 'm'));
    }
  });

  it('is the same for a coach: an imported dataset split across origins and a typed profile', () => {
    const half = Math.floor(HISTORY.length / 2);
    const records = [...recordsOf(HISTORY.slice(0, half), 'dataset-a'), ...recordsOf(HISTORY.slice(half), 'dataset-b')];
    const coach: PivotPlan = pivotPlan({ profile: PROFILE, records });
    expect(coach).toEqual({ ...plan, mine: plan.mine.map((m) => ({ ...m, local: null })) });
  });

  it('joins keys stored before the synonym table knew a spelling', () => {
    const old = recordsOf(many(20, 'qa-testing', ['Quality Assurance', 'Selenium']));
    for (const rec of old) {
      // As if "QA" had been stored under its own key.
      rec.skills['qa'] = rec.skills['qualityassurance']!;
      delete rec.skills['qualityassurance'];
    }
    const reach = pivotPlan({ profile: { skills: ['Quality Assurance'], categories: ['qa-testing'] }, records: old }).mine[0]!.reach;
    expect(reach.status === 'ok' && [reach.fit, reach.common.map((f) => [f.key, f.name, f.listings, f.have])]).toEqual([
      0.5,
      [['qualityassurance', 'Quality Assurance', 20, true], ['selenium', 'Selenium', 20, false]],
    ]);
  });

  it('with no profile skills, fits nothing and offers the commonest skills', () => {
    const empty = pivotPlan({ profile: { skills: [], categories: ['translation'] }, records: recordsOf(HISTORY) });
    expect(empty.profileSkills).toBe(0);
    const reach = empty.mine[0]!.reach;
    expect(reach.status === 'ok' && [reach.fit, reach.commonHave, reach.learn.map((f) => f.name)]).toEqual([0, 0, ['Translation', 'English', 'French']]);
    expect(pivotPlan({ profile: { skills: ['Python'], categories: [] }, records: recordsOf(HISTORY) })).toEqual({ profileSkills: 1, mine: [], targets: [], unknownCategories: [] });
  });
});
