// The pivot plan section rendering a plan computed by lib/fit over constructed skill
// aggregates (a translator, as in tests/unit/fit/pivot-plan.test.ts): exact shares and the
// listings behind each, "too few seen yet" under the threshold, the plan's ranking, cited
// sources, the ask for a profile, Urdu (right to left); and wired to the real sources: the
// user's history with the saved profile, and a coach's dataset with a profile typed in.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, type VNode } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { PlanReport } from '@/components/dashboard/plan/PlanReport';
import { Localised } from '@/components/shared/Localised';
import { MIN_PLAN_LISTINGS } from '@/lib/fit/category-reach';
import { pivotPlan } from '@/lib/fit/pivot-plan';
import { setLanguage } from '@/lib/i18n';
import { datasetPlan, loadOwnPlan } from '@/lib/insights/pivot-source';
import { openDatasets, saveDataset } from '@/lib/insights/datasets-db';
import { PRIORS } from '@/lib/rules/priors';
import { SOURCE_BY_NUMBER } from '@/lib/rules/sources';
import { saveSettings } from '@/lib/settings/settings-store';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { seed } from '../insights/history';
import { HISTORY, LOCAL, PROFILE, recordsOf } from '../insights/plan-history';
import { NOW, scenario } from '../insights/scenario';
import { click, find, mount, texts, type } from '../popup/mount';

const PLAN = pivotPlan({ profile: PROFILE, records: recordsOf(HISTORY), localTrends: new Map([['translation', LOCAL]]) });
const name = (id: string) => CATEGORY_BY_ID.get(id)!.name;
const render = (plan = PLAN, onSetProfile?: () => void) => mount(h(PlanReport, { plan, origin: 'own', home: null, onSetProfile }));
const skillRows = (el: ParentNode) =>
  [...el.querySelectorAll('[data-plan-skill]')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));

afterEach(() => setLanguage('en'));

describe('the plan section on a constructed history', () => {
  it('gives each of my categories its risk (cited), baseline, own trend and reach with the listings behind it', async () => {
    const root = await render();
    expect([...root.querySelectorAll('[data-plan-mine]')].map((li) => li.getAttribute('data-plan-mine'))).toEqual(['translation', 'transcription']);
    const translation = root.querySelector('[data-plan-mine="translation"]')!;
    const prior = PRIORS[CATEGORY_BY_ID.get('translation')!.row]!;
    expect(prior).toMatchObject({ score: 88, evidence: 'causal', sources: [5, 6, 11, 14, 15] });
    expect(texts(translation, '[data-plan-risk]')).toEqual(['AI risk: very high, starting score 88 of 100 (platform studies measured the change) [5, 6, 11, 14, 15]']);
    expect([...translation.querySelectorAll('[data-plan-risk] a')].map((a) => a.getAttribute('href'))).toEqual(prior.sources.map((n) => SOURCE_BY_NUMBER.get(n)!.url));
    expect(texts(translation, '[data-plan-baseline]')[0]).toMatch(/^Market: Translation: [\d.]+% of Upwork posts in Jan 2023, [\d.]+% in Jul–Aug 2026, a (falling|rising|steady) share of posts/);
    expect(texts(translation, '[data-plan-local="ok"]')[0]).toMatch(/median .*\$18\/h in the last 4 weeks \(n 12, .*\) against \$20\/h in the 12 weeks before \(n 30, .*\): −10%\.$/);
    // (20 × 2/3 + 10 × 1/2) / 30 = 11/18 = 61%; the 5 listings without skills are not in the base.
    expect(texts(translation, '[data-plan-fit]')).toEqual([
      'You fit 61% of its listings on average (the share of each listing’s skills you have), over 30 listings that name skills.',
    ]);
    expect(texts(translation, '[data-plan-common] caption')).toEqual([`Its most common skills: you have 2 of 4 (over 30 listings of ${name('translation')} that name skills).`]);
    expect(skillRows(translation)).toEqual([
      ['Translation', '30', '100%', 'have it'],
      ['English', '20', '67%', 'have it'],
      ['French', '20', '67%', 'missing'],
      ['Localization', '10', '33%', 'missing'],
    ]);
    expect(texts(translation, '[data-plan-moves-to] bdi')).toEqual([name('interpretation-tutoring'), name('qa-testing')]);
    const transcription = root.querySelector('[data-plan-mine="transcription"]')!;
    expect(texts(transcription, '[data-plan-too-few]')).toEqual(['Too few seen yet (8 of 20 listings with skills; 8 seen in all): no figures until then.']);
    expect(transcription.querySelector('[data-plan-fit], [data-plan-common]')).toBeNull();
    expect(texts(transcription, '[data-plan-local]')[0]).toMatch(/^Your own history: no pay trend yet; it needs 10 listings/);
  });

  it('lists the moves in the order the plan ranks them, with reach, the skills to learn and cited growth', async () => {
    const root = await render();
    const order = [...root.querySelectorAll('[data-plan-target]')].map((li) => [li.getAttribute('data-plan-target'), li.getAttribute('data-rank')]);
    expect(order).toEqual(PLAN.targets.map((t, i) => [t.categoryId, String(i + 1)]));
    expect(order.map(([id]) => id)).toEqual(['qa-testing', 'interpretation-tutoring', 'video-editing']);
    expect(texts(root, '[data-plan-target] h4')).toEqual(PLAN.targets.map((t, i) => `${i + 1}. ${name(t.categoryId)} (${CATEGORY_BY_ID.get(t.categoryId)!.upwork})`));

    const tutoring = root.querySelector('[data-plan-target="interpretation-tutoring"]')!;
    expect(texts(tutoring, '[data-plan-from] bdi')).toEqual([name('translation'), name('transcription')]);
    // 12 × 1 of 3 and 12 × 1 of 2 ("Caption" is Subtitles): (4 + 6) / 24 = 5/12 = 42%.
    expect(texts(tutoring, '[data-plan-fit]')[0]).toMatch(/^You fit 42% of its listings on average .* over 24 listings that name skills\.$/);
    expect(skillRows(tutoring).map((r) => r.join(' | '))).toEqual([
      'Subtitles | 12 | 50% | have it',
      'Video Editing | 12 | 50% | missing',
      'English | 12 | 50% | have it',
      'n8n | 12 | 50% | missing',
      'Python | 12 | 50% | missing',
    ]);
    const area = name('interpretation-tutoring');
    expect(texts(tutoring, '[data-plan-learn] li')).toEqual([
      `Video Editing appears in 50% of the ${area} listings you saw (12 of 24).`,
      `n8n appears in 50% of the ${area} listings you saw (12 of 24).`,
      `Python appears in 50% of the ${area} listings you saw (12 of 24).`,
    ]);
    expect(texts(tutoring, '[data-plan-fit-after]')).toEqual(['With them, you would fit 100% on average (the same 24 listings).']);

    const qa = root.querySelector('[data-plan-target="qa-testing"]')!;
    expect(texts(qa, '[data-plan-fit]')[0]).toMatch(/^You fit 50% .* over 40 listings/);
    expect(texts(qa, '[data-plan-learn] li')).toEqual([
      `AI Content Creation appears in 100% of the ${name('qa-testing')} listings you saw (40 of 40).`,
      `Quality Assurance appears in 100% of the ${name('qa-testing')} listings you saw (40 of 40).`,
    ]);

    const video = root.querySelector('[data-plan-target="video-editing"]')!;
    expect(MIN_PLAN_LISTINGS).toBe(20);
    expect(texts(video, '[data-plan-too-few]')).toEqual(['Too few seen yet (19 of 20 listings with skills; 22 seen in all): no figures until then.']);
    expect(video.querySelector('[data-plan-fit], [data-plan-learn]')).toBeNull();

    for (const t of PLAN.targets) {
      const move = root.querySelector(`[data-plan-target="${t.categoryId}"] [data-plan-move]`)!;
      expect(move.textContent).toBe(`Growth: ${t.move.figure} [${t.move.sources.join(', ')}]`);
      expect([...move.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(t.move.sources.map((n) => SOURCE_BY_NUMBER.get(n)!.url));
    }
  });

  it('lists every cited source once, and credits the baseline samples', async () => {
    const root = await render();
    const cited = new Set([...PLAN.mine, ...PLAN.targets].flatMap((c) => [...(c.risk?.sources ?? []), ...('move' in c ? c.move.sources : [])]));
    const listed = [...root.querySelectorAll('[data-plan-sources] li')].map((li) => Number(li.getAttribute('value')));
    expect(listed).toEqual([...cited].sort((a, b) => a - b));
    expect(listed).toContain(23);
    expect(root.querySelector('[data-plan-baseline-sources]')?.textContent).toContain('SnipeWork Upwork Market Index (CC BY 4.0)');
  });

  it('asks for a profile when it has no skills, and for categories when it has none', async () => {
    const onSetProfile = vi.fn();
    const root = await render(pivotPlan({ profile: { skills: [], categories: ['translation'] }, records: recordsOf(HISTORY) }), onSetProfile);
    expect(texts(root, '[data-plan-ask] p')).toEqual(['Set the skills you offer in your profile first: the plan measures every category against them.']);
    expect(root.querySelector('[data-plan-report]')).toBeNull();
    await click(root.querySelector('[data-plan-action="set-profile"]')!);
    expect(onSetProfile).toHaveBeenCalledOnce();
    const none = await render(pivotPlan({ profile: { skills: ['Python'], categories: [] }, records: recordsOf(HISTORY) }));
    expect(texts(none, '[data-plan-ask] p')).toEqual(['Choose your categories in your profile: the plan starts from them.']);
  });

  it('reads right to left in Urdu, with the same figures', async () => {
    await saveSettings({ language: 'ur' });
    const root = await mount(h(Localised, { titleKey: 'page_title_dashboard', children: () => h(PlanReport, { plan: PLAN, origin: 'own' as const, home: null }) as VNode }));
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ur');
    const video = await find(root, '[data-plan-target="video-editing"]');
    expect(texts(video, '[data-plan-too-few]')).toEqual(['ابھی بہت کم دیکھی گئیں (مہارتوں والی 20 میں سے 19 لسٹنگز؛ کل 22 دیکھی گئیں): تب تک کوئی عدد نہیں۔']);
    const tutoring = root.querySelector('[data-plan-target="interpretation-tutoring"]')!;
    expect(texts(tutoring, '[data-plan-learn] li')[1]).toBe(`n8n آپ کی دیکھی ہوئی ${name('interpretation-tutoring')} لسٹنگز میں سے 50% میں ہے (24 میں سے 12)۔`);
    expect(texts(tutoring, '[data-plan-skill] th bdi')[0]).toBe('Subtitles');
    expect(texts(root, 'h3')).toEqual(['آپ کی کیٹیگریز', 'مانگ کہاں جا رہی ہے، جو سب سے زیادہ پہنچ میں ہے وہ پہلے']);
  });
});

describe('the plan section in the dashboard', () => {
  const T = (i: number) => NOW - (i % 5) * 86_400_000;
  /** The scenario's real listings, put in taxonomy categories. */
  const rows = () =>
    scenario().map((l, i) => {
      const id = ['translation', 'qa-testing', 'interpretation-tutoring'][i % 3]!;
      const def = CATEGORY_BY_ID.get(id)!;
      return { ...l, firstSeenAt: T(i), lastSeenAt: T(i), label: { category: { id, name: def.name, upwork: def.upwork, confidence: 0.9 }, risk: null }, categoryId: id };
    });

  it('shows the plan of the saved profile over the user history, and links to the settings without skills', async () => {
    await seed(rows());
    location.hash = '#plan';
    const root = await mount(h(Dashboard, { now: NOW }));
    await find(root, '[data-section="plan"] [data-plan-ask]');
    await click(root.querySelector('[data-plan-action="set-profile"]')!);
    await find(root, '[data-section="settings"] [data-profile-form]');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('profile-skill'));

    const profile = { skills: ['Shopify', 'Web Design'], categories: ['translation'], rate: null };
    await saveSettings({ profile });
    await click(root.querySelector('nav a[href="#plan"]')!);
    await find(root, '[data-plan-report="own"]');
    const plan = await loadOwnPlan(profile, NOW);
    const mine = plan.mine[0]!;
    expect(mine.reach.status).toBe('too-few');
    expect(root.querySelector('[data-plan-mine="translation"] [data-plan-too-few]')?.getAttribute('data-plan-too-few')).toBe(String(mine.reach.listings));
    expect([...root.querySelectorAll('[data-plan-target]')].map((li) => li.getAttribute('data-plan-target'))).toEqual(plan.targets.map((t) => t.categoryId));
  });

  it('coach mode: a dataset and a profile typed in, never saved', async () => {
    const listings = rows();
    const db = await openDatasets();
    await saveDataset(db, { name: 'Class A', importedAt: NOW, sourceFile: 'a.json' }, listings);
    db.close();
    location.hash = '#plan';
    const root = await mount(h(Dashboard, { now: NOW }));
    const picker = await find<HTMLSelectElement>(root, '[data-plan-source]');
    await vi.waitFor(() => expect(picker.querySelectorAll('option')).toHaveLength(2));
    await type(picker, 'dataset:Class A');
    await find(root, '[data-plan-coach="Class A"] [data-plan-coach-rows]');
    expect(texts(root, '[data-plan-coach-rows]')).toEqual([`${listings.length} listings in Class A.`]);
    expect(texts(root, '[data-plan-ask] p')).toEqual(['Type in the skills above: the plan measures every category against them.']);
    await type(root.querySelector('[data-plan-coach] [data-profile-input="skill"]')!, 'Shopify, JS');
    await click(root.querySelector('[data-plan-coach] [data-profile-action="add-skill"]')!);
    await type(root.querySelector('[data-plan-coach] [data-profile-input="category"]')!, 'qa-testing');
    await click(root.querySelector('[data-plan-coach] [data-profile-action="add-category"]')!);
    await find(root, '[data-plan-report="dataset"]');
    const plan = datasetPlan(listings, { skills: ['Shopify', 'JS'], categories: ['qa-testing'], rate: null });
    expect([...root.querySelectorAll('[data-plan-mine]')].map((li) => li.getAttribute('data-plan-mine'))).toEqual(['qa-testing']);
    expect([...root.querySelectorAll('[data-plan-target]')].map((li) => li.getAttribute('data-plan-target'))).toEqual(plan.targets.map((t) => t.categoryId));
    expect(root.querySelector('[data-plan-mine] [data-plan-too-few]')?.getAttribute('data-plan-too-few')).toBe(String(plan.mine[0]!.reach.listings));
    const { loadSettings } = await import('@/lib/settings/settings-store');
    expect((await loadSettings()).profile.skills).toEqual([]);
  });
});
