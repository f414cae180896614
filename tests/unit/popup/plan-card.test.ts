// The popup's "Where to go from here" card over plans computed by lib/fit from a constructed
// history (tests/unit/insights/plan-history.ts): the most exposed category, the moves most
// within reach with exact fits, listings and the skill to learn, "too few seen yet", the
// invitation to set a profile (opening the dashboard), Urdu right to left; and in the popup,
// loaded from the stored skill aggregates with the saved profile.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, type VNode } from 'preact';
import { PlanCardView } from '@/components/popup/PlanCard';
import { Popup } from '@/components/popup/Popup';
import { Localised } from '@/components/shared/Localised';
import { database } from '@/lib/db/open';
import { applySkillDeltas } from '@/lib/db/skill-weeks';
import { pivotPlan, type PivotPlan } from '@/lib/fit/pivot-plan';
import { setLanguage } from '@/lib/i18n';
import { PRIORS } from '@/lib/rules/priors';
import { saveSettings } from '@/lib/settings/settings-store';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { HISTORY, PROFILE, many, recordsOf } from '../insights/plan-history';
import { NOW } from '../insights/scenario';
import { click, find, mount, texts } from './mount';

const PLAN = pivotPlan({ profile: PROFILE, records: recordsOf(HISTORY) });
const name = (id: string) => CATEGORY_BY_ID.get(id)!.name;
const card = (plan: PivotPlan | null) => mount(h(PlanCardView, { plan }));
const lines = (li: Element) => texts(li, 'strong, div');

afterEach(() => setLanguage('en'));

describe('the plan card', () => {
  it('names my most exposed category, then the two moves most within reach with their figures', async () => {
    // Translation starts higher than Transcription, so it is the one named.
    expect(PRIORS[CATEGORY_BY_ID.get('translation')!.row]!.score).toBe(88);
    expect(PRIORS[CATEGORY_BY_ID.get('transcription')!.row]!.score).toBeLessThan(88);
    const root = await card(PLAN);
    const risk = root.querySelector('[data-plan-card-risk]')!;
    expect([risk.getAttribute('data-plan-card-risk'), risk.getAttribute('data-level')]).toEqual(['translation', 'very-high']);
    expect(texts(root, '[data-plan-card-risk]')).toEqual([`${name('translation')} is your most exposed category: very high AI risk, starting score 88 of 100.`]);
    // The plan ranks QA (50% of 40) before interpretation (5/12 of 24); video editing (19 of 20) is not shown.
    const targets = [...root.querySelectorAll('[data-plan-card-target]')];
    expect(targets.map((li) => li.getAttribute('data-plan-card-target'))).toEqual(['qa-testing', 'interpretation-tutoring']);
    expect(lines(targets[0]!)).toEqual([
      name('qa-testing'),
      'You fit 50% of its listings on average, over 40 listings that name skills.',
      'Learn next: AI Content Creation, named in 100% of them (40 listings)',
    ]);
    expect(lines(targets[1]!)).toEqual([
      name('interpretation-tutoring'),
      'You fit 42% of its listings on average, over 24 listings that name skills.',
      // Ties on 12 listings go to the larger gain: Video Editing sits on 3-skill listings with one the user has.
      'Learn next: Video Editing, named in 50% of them (12 listings)',
    ]);
    expect(root.querySelector('[data-plan-card-learn="videoediting"] bdi')?.textContent).toBe('Video Editing');
    expect(root.querySelector('[data-plan-card-ask]')).toBeNull();
  });

  it('says "too few seen yet" when no move has enough listings, with how many it has', async () => {
    // Transcription moves to interpretation (none seen) and video editing (19 with skills).
    const plan = pivotPlan({ profile: { ...PROFILE, categories: ['transcription'] }, records: recordsOf(HISTORY.filter((l) => l.categoryId !== 'interpretation-tutoring')) });
    const root = await card(plan);
    const targets = [...root.querySelectorAll('[data-plan-card-target]')];
    expect(targets.map((li) => [li.getAttribute('data-plan-card-target'), li.getAttribute('data-reach')])).toEqual([
      ['video-editing', 'too-few'],
      ['interpretation-tutoring', 'too-few'],
    ]);
    expect(texts(root, '[data-plan-card-too-few]')).toEqual([
      'Too few seen yet (19 of 20 listings with skills).',
      'Too few seen yet (0 of 20 listings with skills).',
    ]);
    expect(root.querySelector('[data-plan-card-fit]')).toBeNull();
    // One more listing with skills and video editing has figures: 19 × 1/2 + 1 × 0 over 20.
    const more = pivotPlan({ profile: { ...PROFILE, categories: ['transcription'] }, records: recordsOf([...HISTORY, ...many(1, 'video-editing', ['Video Editing'])]) });
    const after = await card(more);
    expect(texts(after, '[data-plan-card-target="video-editing"] [data-plan-card-fit]')).toEqual(['You fit 48% of its listings on average, over 20 listings that name skills.']);
  });

  it('says so when the user has every skill a move names', async () => {
    const plan = pivotPlan({ profile: { ...PROFILE, skills: [...PROFILE.skills, 'AI Content Creation', 'QA'] }, records: recordsOf(HISTORY) });
    const root = await card(plan);
    expect(texts(root, '[data-plan-card-target="qa-testing"] [data-plan-card-fit], [data-plan-card-target="qa-testing"] [data-plan-card-learn]')).toEqual([
      'You fit 100% of its listings on average, over 40 listings that name skills.',
      'You have every skill its listings name.',
    ]);
  });

  it('invites the user to set a profile without skills or categories, and opens the dashboard settings', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    for (const plan of [null, pivotPlan({ profile: { skills: ['!!'], categories: ['translation'] }, records: recordsOf(HISTORY) })]) {
      const root = await card(plan);
      expect(texts(root, '[data-plan-card-ask] p')).toEqual(['Add the skills you offer to your profile to see which growing work is within your reach.']);
      expect(root.querySelector('[data-plan-card-target], [data-plan-card-risk]')).toBeNull();
    }
    const none = await card(pivotPlan({ profile: { skills: ['Translation'], categories: [] }, records: recordsOf(HISTORY) }));
    expect(texts(none, '[data-plan-card-ask] p')).toEqual(['Add your categories to your profile to see where their demand moves and what is within your reach.']);
    const button = none.querySelector<HTMLButtonElement>('[data-plan-card-ask] button')!;
    expect(button.textContent).toBe('Set my profile');
    await click(button);
    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/dashboard.html#settings') });
    expect(close).toHaveBeenCalled();
  });

  it('reads right to left in Urdu, with the same figures and names isolated', async () => {
    await saveSettings({ language: 'ur' });
    const root = await mount(h(Localised, { titleKey: 'page_title_popup', children: () => h(PlanCardView, { plan: PLAN }) as VNode }));
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ur');
    expect(texts(root, 'h2')).toEqual(['یہاں سے آگے کہاں']);
    expect(texts(root, '[data-plan-card-risk]')).toEqual([`${name('translation')} آپ کی وہ کیٹیگری ہے جو AI کی زد میں سب سے زیادہ ہے: AI خطرہ بہت زیادہ، ابتدائی اسکور 100 میں سے 88۔`]);
    expect(lines(root.querySelector('[data-plan-card-target="interpretation-tutoring"]')!)).toEqual([
      name('interpretation-tutoring'),
      'آپ کی اوسط مطابقت 42% ہے، مہارتوں والی 24 لسٹنگز پر۔',
      'اگلی مہارت: Video Editing، ان میں سے 50% میں لکھی ہے (12 لسٹنگز)',
    ]);
    expect(texts(root, '[data-plan-card-target] strong bdi, [data-plan-card-learn] bdi')).toEqual([
      name('qa-testing'), 'AI Content Creation', name('interpretation-tutoring'), 'Video Editing',
    ]);
  });
});

describe('the plan card in the popup', () => {
  async function storeAggregates() {
    const db = await database();
    const tx = db.transaction('skillWeeks', 'readwrite');
    await applySkillDeltas(tx.objectStore('skillWeeks'), recordsOf(HISTORY));
    await tx.done;
  }

  it('loads the saved profile\'s plan from the stored aggregates, after the history', async () => {
    await storeAggregates();
    await saveSettings({ profile: PROFILE });
    const root = await mount(h(Popup, { now: NOW }));
    await find(root, '[data-plan-card-target]');
    // The card comes after the week's figures it must not delay.
    expect(root.querySelector('[data-section="glance"]')!.compareDocumentPosition(root.querySelector('[data-section="plan-card"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(texts(root, '[data-plan-card-target] [data-plan-card-fit]')).toEqual([
      'You fit 50% of its listings on average, over 40 listings that name skills.',
      'You fit 42% of its listings on average, over 24 listings that name skills.',
    ]);
    const open = vi.spyOn(browser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    await click(root.querySelector('[data-plan-card-action="open-plan"]')!);
    expect(open).toHaveBeenCalledWith({ url: browser.runtime.getURL('/dashboard.html#plan') });
  });

  it('asks for a profile without reading the plan when the saved profile has no skills', async () => {
    await storeAggregates();
    const root = await mount(h(Popup, { now: NOW }));
    await find(root, '[data-plan-card-ask]');
    expect(texts(root, '[data-plan-card-ask] button')).toEqual(['Set my profile']);
  });
});
