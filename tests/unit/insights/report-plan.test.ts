// The pivot plan's section of the printable HTML report, over plans computed by lib/fit from a
// constructed history (plan-history.ts): the profile's categories with risk, trends and fit;
// the moves in the plan's order with their cited growth figures, fit, skills to learn and
// their shares; the bibliography entries cited; "too few seen yet"; hostile names as text;
// the same figures for a coach's dataset; Urdu; and wired through the dashboard's report.
import { afterEach, describe, expect, it } from 'vitest';
import { reportHtml } from '@/components/dashboard/report';
import { defaultCompare } from '@/components/dashboard/CompareView';
import { sourceName } from '@/components/dashboard/sources';
import { database } from '@/lib/db/open';
import { applySkillDeltas } from '@/lib/db/skill-weeks';
import { pivotPlan, type PivotPlan } from '@/lib/fit/pivot-plan';
import { setLanguage } from '@/lib/i18n';
import { datasetPlan, loadOwnPlan } from '@/lib/insights/pivot-source';
import { buildReportHtml } from '@/lib/insights/report-html';
import { planSection, planSources, type ReportPlan } from '@/lib/insights/report-plan';
import { PRIORS } from '@/lib/rules/priors';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';
import { saveSettings } from '@/lib/settings/settings-store';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { HISTORY, LOCAL, PROFILE, datasetRows, many, recordsOf } from './plan-history';
import { NOW, scenario } from './scenario';

const PLAN = pivotPlan({ profile: PROFILE, records: recordsOf(HISTORY), localTrends: new Map([['translation', LOCAL]]) });
const name = (id: string) => CATEGORY_BY_ID.get(id)!.name;
const HOSTILE = `<img src=x onerror="alert(1)"><script>alert('pwned')</script>`;
const PROFILE_HOSTILE = `"><svg onload=alert(2)> & 'quotes'`;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const section = (input: Partial<ReportPlan> = {}) => parse(planSection({ plan: PLAN, profile: PROFILE, origin: 'own', ...input })).body;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map(text);
const cells = (tr: Element) => [...tr.querySelectorAll('th, td')].map(text);

afterEach(() => setLanguage('en'));

describe('the plan section of the report', () => {
  it('gives each of the profile’s categories its cited risk, market, own pay trend and fit', () => {
    const root = section();
    expect(text(root.querySelector('h2'))).toBe('Where to go from here: the pivot plan');
    expect(all(root, '[data-plan-profile] li')).toEqual(['Skills: Translation, english, Proofreading, Subtitles', `Categories: ${name('translation')}, ${name('transcription')}`]);
    const [translation, transcription] = [...root.querySelectorAll('[data-plan-mine]')];
    const prior = PRIORS[CATEGORY_BY_ID.get('translation')!.row]!;
    const row = cells(translation!);
    expect(row[0]).toBe(name('translation'));
    expect(row[1]).toBe(`Very high, starting score ${prior.score} of 100 [${prior.sources.join(', ')}]`);
    expect(row[2]).toMatch(/^Translation: [\d.]+% of Upwork posts in Jan 2023, [\d.]+% in Jul–Aug 2026, a (falling|rising|steady) share of posts \(×[\d.]+\)$/);
    expect(row[3]).toBe('Median hourly rate: $18/h from Sep 7, 2026 to Oct 4, 2026 (12 listings), against $20/h from Jun 15, 2026 to Sep 6, 2026 (30 listings): −10%.');
    // (20 × 2/3 + 10 × 1/2) / 30 = 11/18; the 5 listings without skills are not in the base.
    expect(row[4]).toBe('61% over 30 listings');
    expect(cells(transcription!)[3]).toBe('Too few listings with pay for a trend of its own yet (10 needed in the last 4 weeks and in the 12 before them).');
    expect(cells(transcription!)[4]).toBe('Too few seen yet (8 of 20 listings with skills; 8 seen in all)');
  });

  it('ranks the moves as the plan does, each with its cited growth, fit, skills to learn and their shares', () => {
    const root = section();
    const targets = [...root.querySelectorAll('[data-plan-target]')];
    expect(targets.map((li) => [li.getAttribute('data-plan-target'), text(li.querySelector('h4'))])).toEqual([
      ['qa-testing', `1. ${name('qa-testing')} (${CATEGORY_BY_ID.get('qa-testing')!.upwork})`],
      ['interpretation-tutoring', `2. ${name('interpretation-tutoring')} (${CATEGORY_BY_ID.get('interpretation-tutoring')!.upwork})`],
      ['video-editing', `3. ${name('video-editing')} (${CATEGORY_BY_ID.get('video-editing')!.upwork})`],
    ]);
    const tutoring = targets[1]!;
    const move = PLAN.targets[1]!.move;
    expect(text(tutoring.querySelector('[data-plan-move]'))).toBe(`Growth: ${move.figure} [${move.sources.join(', ')}]`);
    expect(all(tutoring, 'p')).toContain(`Demand moves here from: ${name('translation')}, ${name('transcription')}`);
    expect(text(tutoring.querySelector('[data-plan-fit]'))).toBe('Fit 42% on average over 24 listings that name skills; the profile has 2 of their 5 most common skills.');
    expect(all(tutoring, '.plan-learn thead th')).toEqual(['Skill', 'Listings naming it', 'Share of the 24']);
    expect([...tutoring.querySelectorAll('[data-plan-learn]')].map(cells)).toEqual([
      ['Video Editing', '12', '50%'],
      ['n8n', '12', '50%'],
      ['Python', '12', '50%'],
    ]);
    expect(text(tutoring.querySelector('[data-plan-fit-after]'))).toBe('With them, the fit would be 100% (same 24 listings).');
    expect([...targets[0]!.querySelectorAll('[data-plan-learn]')].map(cells)).toEqual([
      ['AI Content Creation', '40', '100%'],
      ['Quality Assurance', '40', '100%'],
    ]);
    // Below the threshold: no figure, the listings it has.
    expect(targets[2]!.querySelector('[data-plan-fit], .plan-learn')).toBeNull();
    expect(text(targets[2]!.querySelector('[data-plan-too-few]'))).toBe('Too few seen yet (19 of 20 listings with skills; 22 seen in all)');
  });

  it('lists every bibliography entry it cites, by its number', () => {
    const root = section();
    const cited = [...new Set([...root.querySelectorAll('[data-cites]')].flatMap((el) => el.getAttribute('data-cites')!.split(',').map(Number)))].sort((a, b) => a - b);
    expect(cited).toEqual(planSources(PLAN));
    const expected = [...PLAN.mine, ...PLAN.targets].flatMap((c) => [...c.risk!.sources, ...('move' in c ? c.move.sources : [])]);
    expect(cited).toEqual([...new Set(expected)].sort((a, b) => a - b));
    const items = [...root.querySelectorAll('.plan-sources li')];
    expect(items.map((li) => Number(li.getAttribute('value')))).toEqual(cited);
    for (const li of items) {
      const s = SOURCE_BY_NUMBER.get(Number(li.getAttribute('value')))!;
      expect(text(li)).toBe(`${s.title} (${s.by}, ${s.year}). ${s.url}`);
    }
    expect(root.querySelectorAll('a')).toHaveLength(0);
  });

  it('shows hostile skill names from a profile and from listings as text, never as markup', () => {
    const records = recordsOf([...many(25, 'qa-testing', ['Translation', HOSTILE]), ...many(20, 'translation', ['Translation'])]);
    const profile = { skills: ['Translation', PROFILE_HOSTILE], categories: ['translation'], rate: null };
    const plan = pivotPlan({ profile, records });
    const html = buildReportHtml({
      title: 'Plan', generatedAt: NOW, sourceName: 'Your history', anonymise: true, summary: [], charts: [], comparison: null, listings: [], notes: [], css: '',
      plan: { plan, profile, origin: 'own' },
    });
    expect(html).not.toMatch(/<img|<script|<svg onload/i);
    const doc = parse(html);
    expect(doc.querySelectorAll('img, script, svg')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')))).toEqual([]);
    expect(all(doc, '[data-plan-profile] bdi')).toEqual(['Translation', PROFILE_HOSTILE, name('translation')]);
    expect(all(doc, '[data-plan-learn] th')).toEqual([HOSTILE]);
  });

  it('asks for skills or categories instead of figures without them', () => {
    const noSkills = section({ plan: pivotPlan({ profile: { skills: [], categories: ['translation'] }, records: recordsOf(HISTORY) }), profile: { skills: [], categories: ['translation'], rate: null } });
    expect(all(noSkills, '[data-plan-ask]')).toEqual(['The profile names no skill, so the plan cannot say which work fits it.']);
    expect(noSkills.querySelector('[data-plan-mine], [data-plan-target]')).toBeNull();
    const profile = { skills: ['Translation'], categories: ['no-such-category'], rate: null };
    const noCategories = section({ plan: pivotPlan({ profile, records: recordsOf(HISTORY) }), profile });
    expect(all(noCategories, '[data-plan-ask], p.muted')).toEqual([
      'The profile names no category the plan knows, so it has nothing to start from.',
      'Left out (not in the taxonomy): no-such-category',
    ]);
  });

  it('gives a coach’s dataset the same fits and moves, worded for the dataset', () => {
    const plan: PivotPlan = datasetPlan(datasetRows(), PROFILE);
    const root = section({ plan, origin: 'dataset' });
    expect(root.querySelector('[data-plan-report]')?.getAttribute('data-plan-report')).toBe('dataset');
    expect(text(root.querySelector('p'))).toMatch(/^From this dataset’s listings and a profile typed in for it\./);
    const own = section();
    expect(all(root, '[data-plan-target] h4')).toEqual(all(own, '[data-plan-target] h4'));
    expect(all(root, '[data-plan-fit], [data-plan-learn], [data-plan-too-few]')).toEqual(all(own, '[data-plan-fit], [data-plan-learn], [data-plan-too-few]'));
    expect([...root.querySelectorAll('[data-plan-mine]')].map((tr) => cells(tr)[4])).toEqual(['61% over 30 listings', 'Too few seen yet (8 of 20 listings with skills; 8 seen in all)']);
  });

  it('reads in Urdu inside a right-to-left report, with the same figures', () => {
    setLanguage('ur');
    const doc = parse(buildReportHtml({
      title: 'Plan', generatedAt: NOW, sourceName: 'x', anonymise: false, summary: [], charts: [], comparison: null, listings: [], notes: [], css: '',
      plan: { plan: PLAN, profile: PROFILE, origin: 'own' },
    }));
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(text(doc.querySelector('.plan h2'))).toBe('یہاں سے آگے کہاں: کام بدلنے کا پلان');
    const tutoring = doc.querySelector('[data-plan-target="interpretation-tutoring"]')!;
    expect(text(tutoring.querySelector('[data-plan-fit]'))).toBe('مہارتوں والی 24 لسٹنگز پر اوسط مطابقت 42%؛ ان کی 5 سب سے عام مہارتوں میں سے 2 پروفائل میں ہیں۔');
    expect(text(doc.querySelector('[data-plan-target="video-editing"] [data-plan-too-few]'))).toBe('ابھی بہت کم دیکھی گئیں (مہارتوں والی 20 میں سے 19 لسٹنگز؛ کل 22 دیکھی گئیں)');
    // Source titles stay as published, left to right.
    expect([...doc.querySelectorAll('.plan-sources li')].every((li) => li.getAttribute('dir') === 'ltr')).toBe(true);
  });
});

describe('the plan in the dashboard’s report', () => {
  const report = (listings = scenario(), source = sourceName({ kind: 'own' })) =>
    reportHtml({ title: 'Report', sourceName: source, anonymise: true, listings, rows: listings.slice(0, 3), compare: defaultCompare, now: NOW });

  it('prints the user’s own plan: the saved profile over the stored aggregates', async () => {
    const db = await database();
    const tx = db.transaction('skillWeeks', 'readwrite');
    await applySkillDeltas(tx.objectStore('skillWeeks'), recordsOf(HISTORY));
    await tx.done;
    await saveSettings({ profile: PROFILE });
    const doc = parse(await report());
    const plan = await loadOwnPlan(PROFILE, NOW);
    expect(doc.querySelector('[data-plan-report]')?.getAttribute('data-plan-report')).toBe('own');
    expect([...doc.querySelectorAll('[data-plan-target]')].map((li) => li.getAttribute('data-plan-target'))).toEqual(plan.targets.map((t) => t.categoryId));
    expect(all(doc, '[data-plan-target] [data-plan-fit]')).toEqual([
      'Fit 50% on average over 40 listings that name skills; the profile has 2 of their 4 most common skills.',
      'Fit 42% on average over 24 listings that name skills; the profile has 2 of their 5 most common skills.',
    ]);
  });

  it('prints a dataset’s plan from its rows, with the profile given for it', async () => {
    const rows = datasetRows();
    const html = await reportHtml({
      title: 'Class', sourceName: sourceName({ kind: 'dataset', name: 'Class A' }), anonymise: true, listings: rows, rows: rows.slice(0, 3), compare: null, now: NOW,
      profile: { skills: ['Proofreading', 'Translation'], categories: ['translation'], rate: null },
    });
    const doc = parse(html);
    expect(doc.querySelector('[data-plan-report]')?.getAttribute('data-plan-report')).toBe('dataset');
    expect(all(doc, '[data-plan-profile] li')[0]).toBe('Skills: Proofreading, Translation');
    // Translation: (20 × 1/3 + 10 × 1/2) / 30 = 7/18 ≈ 39%; QA: 2 of 4 = 50%.
    expect([...doc.querySelectorAll('[data-plan-mine]')].map((tr) => cells(tr)[4])).toEqual(['39% over 30 listings']);
    expect(all(doc, '[data-plan-target="qa-testing"] [data-plan-fit]')).toEqual(['Fit 50% on average over 40 listings that name skills; the profile has 2 of their 4 most common skills.']);
  });
});
