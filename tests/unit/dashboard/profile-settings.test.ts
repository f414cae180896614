// The profile editor in the dashboard settings: skills added with the name they count as,
// categories from the taxonomy, the rate; saved through the settings store only when the
// profile schema accepts it; "Start from my history" fills the form from a constructed
// history (for the user to correct) and says plainly when the history is too thin.
import { describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { ProfileSettings } from '@/components/dashboard/ProfileSettings';
import { SettingsView } from '@/components/dashboard/SettingsView';
import { useSettings } from '@/components/shared/use-settings';
import { startingProfile, type HistoryListing, type HistoryOutcome, type StartingProfile } from '@/lib/fit/starting-profile';
import type { Listing } from '@/lib/model/listing';
import { loadSettings, saveSettings } from '@/lib/settings/settings-store';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import { loadStartingProfile } from '@/lib/insights/pivot-source';
import { seed } from '../insights/history';
import { NOW, scenario } from '../insights/scenario';
import { click, find, mount, texts, type } from '../popup/mount';

function Harness({ loadStart }: { loadStart: () => Promise<StartingProfile> }) {
  const { settings, save } = useSettings();
  return settings ? h(ProfileSettings, { settings, save, loadStart }) : null;
}
const notCalled = () => Promise.reject(new Error('not called'));

const field = (root: ParentNode, name: string) => root.querySelector<HTMLInputElement>(`[data-profile-input="${name}"]`)!;
const action = (root: ParentNode, name: string) => root.querySelector<HTMLButtonElement>(`[data-profile-action="${name}"]`)!;
const skillRows = (root: ParentNode) =>
  [...root.querySelectorAll('[data-profile-skill]')].map((li) => [li.getAttribute('data-profile-skill'), li.querySelector('[data-counts-as]')?.textContent?.trim() ?? null]);

async function addSkill(root: ParentNode, typed: string) {
  await type(field(root, 'skill'), typed);
  await click(action(root, 'add-skill'));
}
async function addCategory(root: ParentNode, id: string) {
  await type(field(root, 'category'), id);
  await click(action(root, 'add-category'));
}

describe('the profile editor', () => {
  it('is in the dashboard settings', async () => {
    const root = await mount(h(SettingsView, {}));
    await find(root, '[data-profile-settings] [data-profile-form]');
    expect(root.querySelector('#profile-title')?.textContent).toBe('My profile');
  });

  it('adds skills with the name each counts as, refuses a second spelling, and saves a valid profile', async () => {
    const root = await mount(h(Harness, { loadStart: notCalled }));
    await find(root, '[data-profile-form]');
    await addSkill(root, 'JS');
    expect(skillRows(root)).toEqual([['JS', 'counts as JavaScript']]);
    await addSkill(root, 'javascript, Python 3 , n8n');
    expect(skillRows(root)).toEqual([['JS', 'counts as JavaScript'], ['Python 3', 'counts as Python'], ['n8n', null]]);
    expect(texts(root, '[data-profile-problems="skills"] li')).toEqual(['“javascript” is in your profile already, as “JS”.']);
    await click(root.querySelector('[aria-label="Remove the skill n8n"]')!);
    expect(skillRows(root).map(([s]) => s)).toEqual(['JS', 'Python 3']);

    await addCategory(root, 'scripts-automation');
    await addCategory(root, 'ai-development');
    expect(texts(root, '[data-profile-category] > bdi')).toEqual([CATEGORY_BY_ID.get('scripts-automation')!.name, CATEGORY_BY_ID.get('ai-development')!.name]);
    await type(field(root, 'hourly'), '25');
    await type(field(root, 'currency'), 'usd');
    expect(root.querySelector('[data-profile-unsaved]')).not.toBeNull();
    // Nothing is stored before Save.
    expect((await loadSettings()).profile.skills).toEqual([]);
    await click(action(root, 'save'));
    await vi.waitFor(async () =>
      expect((await loadSettings()).profile).toEqual({ skills: ['JS', 'Python 3'], categories: ['scripts-automation', 'ai-development'], rate: { hourly: 25, currency: 'USD' } }),
    );
    expect(texts(root, '[data-profile-saved]')).toEqual(['Profile saved: 2 skills, 2 categories.']);
  });

  it('refuses to save what the profile schema refuses, naming the field, and keeps the stored profile', async () => {
    await saveSettings({ profile: { skills: ['Translation'], categories: [], rate: null } });
    const root = await mount(h(Harness, { loadStart: notCalled }));
    await find(root, '[data-profile-skill="Translation"]');
    await type(field(root, 'hourly'), '0');
    await type(field(root, 'currency'), 'US');
    await click(action(root, 'save'));
    const problems = texts(await find(root, '[data-profile-problems="save"]'), 'li');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Hourly rate: /);
    expect(problems[1]).toMatch(/^Currency: /);
    await type(field(root, 'hourly'), '');
    await type(field(root, 'currency'), '');
    await addSkill(root, 'Proofreading');
    await click(action(root, 'save'));
    await vi.waitFor(async () => expect((await loadSettings()).profile).toEqual({ skills: ['Translation', 'Proofreading'], categories: [], rate: null }));
    expect(root.querySelector('[data-profile-problems="save"]')).toBeNull();
  });

  it('shows a profile saved elsewhere while it is not being edited', async () => {
    const root = await mount(h(Harness, { loadStart: notCalled }));
    await find(root, '[data-profile-form]');
    await saveSettings({ profile: { skills: ['Figma'], categories: ['ui-ux-design'], rate: null } });
    await find(root, '[data-profile-skill="Figma"]');
  });
});

const hourly = (min: number, max: number): Listing['pay'] => ({ type: 'hourly', min, max, currency: 'USD' });
const ACTIVITY = { interviewing: 0, invitesSent: 0, unansweredInvites: 0, lastViewedText: null, hires: 0 };
const listing = (id: string, skills: string[], categoryId: string | null, over: Partial<HistoryListing> = {}): HistoryListing => ({
  platform: 'upwork', id, skills, categoryId, pay: null, activity: null, packages: null, ...over,
});
const outcome = (id: string, categoryId: string | null): HistoryOutcome => ({ platform: 'upwork', id, categoryId });
const HISTORY: HistoryListing[] = [
  listing('a1', ['Python', 'n8n', 'Zapier'], 'scripts-automation', { pay: hourly(20, 30) }),
  listing('a2', ['python 3', 'N8N', 'OpenAI'], 'ai-development', { pay: hourly(30, 50) }),
  listing('s1', ['Zapier', 'Make.com'], 'scripts-automation', { savedAt: 1, pay: hourly(10, 20) }),
  listing('o1', ['Make integromat', 'Python'], 'data-entry', { activity: ACTIVITY, pay: hourly(8, 12) }),
  listing('x1', ['Go', 'Rust'], 'software-development', { pay: hourly(90, 90) }),
];
const OUTCOMES = [outcome('a1', 'scripts-automation'), outcome('a2', 'ai-development')];

describe('start from my history', () => {
  it('fills the form with the suggestion and what it rests on, saving only when the user saves', async () => {
    await saveSettings({ profile: { skills: ['Excel'], categories: [], rate: null } });
    const start = startingProfile(HISTORY, OUTCOMES);
    const loadStart = vi.fn(async () => start);
    const root = await mount(h(Harness, { loadStart }));
    await find(root, '[data-profile-skill="Excel"]');
    await click(action(root, 'start'));
    await find(root, '[data-profile-start="filled"]');
    expect(loadStart).toHaveBeenCalledOnce();
    expect(texts(root, '[data-profile-basis]')).toEqual([`It rests on your history: ${start.basis.applied} listings you applied to, ${start.basis.starred} you saved with ☆, ${start.basis.opened} you opened.`]);
    expect(start.basis).toEqual({ applied: 2, starred: 1, opened: 1 });
    // Python: a1 + a2 (applied, 3 each) + o1 (opened, 1); n8n: a1 + a2; Zapier: a1 + s1; Make.com: s1 + o1.
    expect(skillRows(root)).toEqual([['Python', null], ['n8n', null], ['Zapier', null], ['Make.com', null]]);
    expect(texts(root, '[data-profile-start-part="skills"]')[0]).toBe(
      'Skills on 2 or more of them, weighted applied 3, saved 2, opened 1: Python (3 listings), n8n (2 listings), Zapier (2 listings), Make.com (2 listings)',
    );
    expect([...root.querySelectorAll('[data-profile-category]')].map((li) => li.getAttribute('data-profile-category'))).toEqual(start.profile.categories);
    expect(start.profile.categories).toEqual(['scripts-automation', 'ai-development']);
    // Hourly midpoints 25 and 40 applied, 15 saved, 10 opened: median 20.
    expect(field(root, 'hourly').value).toBe('20');
    expect(field(root, 'currency').value).toBe('USD');
    expect(texts(root, '[data-profile-start-part="rate"]')).toEqual(['Rate: $20/h, the median of 4 hourly jobs you applied to, saved or opened.']);
    expect((await loadSettings()).profile.skills).toEqual(['Excel']);
    // The user corrects it before saving.
    await click(root.querySelector('[aria-label="Remove the skill Make.com"]')!);
    await click(action(root, 'save'));
    await vi.waitFor(async () =>
      expect((await loadSettings()).profile).toEqual({ skills: ['Python', 'n8n', 'Zapier'], categories: ['scripts-automation', 'ai-development'], rate: { hourly: 20, currency: 'USD' } }),
    );
  });

  it('says the history is too thin, and leaves the form as it was', async () => {
    await saveSettings({ profile: { skills: ['Excel'], categories: [], rate: null } });
    const thin = startingProfile([listing('o1', ['Python'], null, { activity: ACTIVITY })], []);
    const root = await mount(h(Harness, { loadStart: async () => thin }));
    await find(root, '[data-profile-skill="Excel"]');
    await click(action(root, 'start'));
    const notice = await find(root, '[data-profile-start="thin"]');
    expect(notice.textContent).toMatch(/^Your history is too thin to suggest a profile yet: no skill appears on 2 or more/);
    expect(texts(root, '[data-profile-basis]')).toEqual(['It rests on your history: 0 listings you applied to, 0 you saved with ☆, 1 you opened.']);
    expect(skillRows(root)).toEqual([['Excel', 'counts as Microsoft Excel']]);
    expect(root.querySelector('[data-profile-unsaved]')).toBeNull();
  });

  it('says when the history cannot be read', async () => {
    const root = await mount(h(Harness, { loadStart: () => Promise.reject(new Error('blocked')) }));
    await find(root, '[data-profile-form]');
    await click(action(root, 'start'));
    expect((await find(root, '[role="alert"]')).textContent).toBe('Could not read your history: Error: blocked');
  });

  it('reads the stored history from the settings page', async () => {
    // Six of the scenario's real Upwork jobs saved with ☆; the rest only seen in a search.
    await seed(scenario().map((l, i) => (i < 6 ? { ...l, savedAt: NOW } : l)));
    const expected = await loadStartingProfile();
    expect(expected.basis).toEqual({ applied: 0, starred: 6, opened: 0 });
    expect(expected.profile.skills.length).toBeGreaterThan(0);
    const root = await mount(h(SettingsView, {}));
    await click(await find(root, '[data-profile-action="start"]'));
    await find(root, '[data-profile-start="filled"]');
    expect(texts(root, '[data-profile-basis]')).toEqual(['It rests on your history: 0 listings you applied to, 6 you saved with ☆, 0 you opened.']);
    expect(skillRows(root).map(([s]) => s)).toEqual(expected.profile.skills);
  });
});
