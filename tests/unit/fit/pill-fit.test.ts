// The fit on the pill (issue 17): "fit 4/16" with the sentence it stands for as its tooltip,
// worded by the background; nothing when the fit is unknown. Checked on pillOf, on the badge
// that shows it, and through the real content pipeline and background on a saved Upwork search.
import { afterEach, describe, expect, it } from 'vitest';
import { handlePanel, labelBatch } from '@/lib/background/handle-page';
import { pillOf } from '@/lib/background/pills';
import { Badge, badgeListener } from '@/lib/content/badge';
import { upsertBatch } from '@/lib/db/listings';
import { getListing } from '@/lib/db/listing-reads';
import { database, openDatabase } from '@/lib/db/open';
import { compileProfile, fitOf } from '@/lib/fit/fit';
import { setLanguage } from '@/lib/i18n';
import type { Pill, ViewNode } from '@/lib/model/view';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings-schema';
import { saveSettings } from '@/lib/settings/settings-store';
import { upworkReader } from '@/lib/upwork/reader';
import { fixtureUrls } from '../../fixtures';
import { mountPage, runPage } from '../content/run-page';
import { savedPageItems } from '../db/saved-page-listings';

// A job from the saved feed with 16 skills (tests/unit/fit/panel-fit.test.ts).
const ITEM = savedPageItems().find((i) => i.listing.id === '~022045907808348385375')!;
const PROFILE = ['n8n', 'Zapier', 'make.com', 'OpenAI'];
const withProfile = (skills: string[]): Settings => ({ ...DEFAULT_SETTINGS, profile: { ...DEFAULT_SETTINGS.profile, skills } });

afterEach(() => {
  setLanguage('en');
  document.body.innerHTML = '';
});

describe('pillOf', () => {
  it('carries the fit word and its sentence when the fit is known', () => {
    const fit = fitOf(ITEM.listing.skills ?? [], compileProfile({ skills: PROFILE }));
    expect(pillOf(ITEM.listing, null, { fit }).fit).toEqual({ text: 'fit 4/16', title: 'You have 4 of its 16 skills' });
    setLanguage('ur');
    expect(pillOf(ITEM.listing, null, { fit }).fit).toEqual({ text: 'مطابقت 4/16', title: 'اس کی 16 مہارتوں میں سے 4 آپ کے پاس ہیں' });
  });

  it('says one skill in the singular', () => {
    const one = { ...ITEM.listing, skills: ['Zapier'] };
    expect(pillOf(one, null, { fit: fitOf(one.skills, compileProfile({ skills: PROFILE })) }).fit).toEqual({ text: 'fit 1/1', title: 'You have 1 of its 1 skill' });
  });

  it('carries nothing when the fit is unknown, and the rest of the pill is unchanged', () => {
    const none = pillOf(ITEM.listing, null, { fit: fitOf(ITEM.listing.skills ?? [], compileProfile({ skills: [] })) });
    expect(none.fit).toBeNull();
    const fit = fitOf(ITEM.listing.skills ?? [], compileProfile({ skills: PROFILE }));
    expect({ ...pillOf(ITEM.listing, null, { fit }), fit: null }).toEqual(none);
  });
});

describe('the badge', () => {
  const pill = (fit: Pill['fit']): Pill => ({ key: 'upwork:x', risk: 'low', text: 'AI risk: Low', title: 't', verdict: null, star: null, fit });
  const fitShown = (badge: Badge) => badge.root.querySelector('abbr');

  it('shows the text it is sent, the sentence as its tooltip, and hides it when the fit goes', () => {
    const tile = document.body.appendChild(document.createElement('article'));
    const badge = new Badge({ parent: tile, before: null }, 'upwork', badgeListener({ toggled: () => undefined, star: () => undefined, outcome: () => undefined }));
    badge.update(pill(null));
    expect(fitShown(badge)).toBeNull();
    expect(badge.host.hasAttribute('fit')).toBe(false);

    badge.update(pill({ text: 'fit 4/6', title: 'You have 4 of its 6 skills' }));
    expect([fitShown(badge)!.textContent, fitShown(badge)!.title, fitShown(badge)!.hidden]).toEqual(['fit 4/6', 'You have 4 of its 6 skills', false]);
    expect(badge.host.hasAttribute('fit')).toBe(true);

    badge.update(pill(undefined));
    expect(fitShown(badge)!.hidden).toBe(true);
    expect(badge.host.hasAttribute('fit')).toBe(false);
  });
});

describe('through the background', () => {
  const FILE = 'upwork-search-2024-08-logged-in.html';
  const url = fixtureUrls().find((f) => f.file === FILE)!.url;
  /** Each badge's fit word ('' when none shows) and verdict, by listing id. */
  const shownOn = (page: ReturnType<typeof runPage>) =>
    new Map(
      [...page.shown].map((i) => {
        const abbr = i.badge.root.querySelector('abbr');
        return [i.id, { fit: abbr && !abbr.hidden ? abbr.textContent : '', title: abbr?.title ?? '', verdict: i.badge.pill?.verdict?.code ?? null }];
      }),
    );
  async function expectedFits(ids: Iterable<string>, skills: string[]) {
    const profile = compileProfile({ skills });
    const out = new Map<string, string>();
    for (const id of ids) {
      const fit = fitOf((await getListing(await database(), 'upwork', id))!.skills ?? [], profile);
      out.set(id, fit ? `fit ${fit.have.length}/${fit.total}` : '');
    }
    return out;
  }

  it('shows no fit word without a profile, the listing’s own fit with one, and none again once it is cleared', async () => {
    mountPage(FILE);
    const page = runPage(upworkReader, url);
    await page.settle();
    const before = shownOn(page);
    expect(before.size).toBeGreaterThan(10);
    expect([...before.values()].every((s) => s.fit === '')).toBe(true);

    const skills = ['WordPress', 'PHP', 'JavaScript', 'CSS', 'HTML'];
    await saveSettings({ profile: { ...DEFAULT_SETTINGS.profile, skills } });
    await page.delivery!.relabel();
    await page.settle();
    const after = shownOn(page);
    const expected = await expectedFits(after.keys(), skills);
    expect(new Map([...after].map(([id, s]) => [id, s.fit]))).toEqual(expected);
    // Real fits, not all alike: some tiles have several of these skills, some none.
    const words = [...expected.values()];
    expect(words.some((w) => /^fit [1-9]/.test(w))).toBe(true);
    expect(words.some((w) => w.startsWith('fit 0/'))).toBe(true);
    for (const s of after.values()) if (s.fit) expect(s.title).toMatch(/^You have \d+ of its \d+ skills?$/);

    await saveSettings({ profile: { ...DEFAULT_SETTINGS.profile, skills: [] } });
    await page.delivery!.relabel();
    await page.settle();
    expect([...shownOn(page).values()].every((s) => s.fit === '')).toBe(true);
    page.controller.abort();
  });

  it('carries the fit in a page’s first pills when the profile is set, and a poor fit lowers verdicts', async () => {
    mountPage(FILE);
    const plain = runPage(upworkReader, url);
    await plain.settle();
    const verdicts = shownOn(plain);
    plain.controller.abort();

    // Skills none of these jobs asks for: every fit is 0 of N, the chance of winning halves.
    await saveSettings({ profile: { ...DEFAULT_SETTINGS.profile, skills: ['Underwater Welding'] } });
    mountPage(FILE);
    const page = runPage(upworkReader, url);
    await page.settle();
    const poor = shownOn(page);
    expect(poor.size).toBe(verdicts.size);
    const RANK = { skip: 0, 'think-twice': 1, 'worth-it': 2 } as const;
    let lowered = 0;
    for (const [id, s] of poor) {
      expect(s.fit).toMatch(/^fit 0\/\d+$/);
      const was = verdicts.get(id)!.verdict!;
      expect(RANK[s.verdict!]).toBeLessThanOrEqual(RANK[was]);
      if (RANK[s.verdict!] < RANK[was]) lowered++;
    }
    expect(lowered).toBeGreaterThan(0);
    // The pills sent before anything is stored (the port's first answer) already carry it.
    const seen = page.posted.filter((m) => m.type === 'seen');
    expect(seen.length).toBeGreaterThan(0);
    for (const message of seen) {
      const first = labelBatch(message as Parameters<typeof labelBatch>[0], withProfile(['Underwater Welding'])).pills;
      expect(first.length).toBeGreaterThan(0);
      for (const p of first) expect(p?.fit?.text).toMatch(/^fit 0\/\d+$/);
    }
    page.controller.abort();
  });
});

describe('the panel', () => {
  const text = (node: ViewNode): string => (typeof node === 'string' ? node : node.slice(2).map((c) => text(c as ViewNode)).join(''));

  it('lists the fit factor among the formula’s terms, and its pill keeps the fit word', async () => {
    const db = await openDatabase();
    const now = Date.UTC(2026, 7, 5);
    await upsertBatch(db, 'pill-fit', [ITEM], now);
    const page = { platform: 'upwork', kind: 'feed', status: 'ok', health: { found: 1, parsed: 1 }, url: 'https://www.upwork.com/nx/find-work/' } as const;
    const ask = (settings: Settings) =>
      handlePanel(db, { type: 'panel', page, key: { platform: 'upwork', id: ITEM.listing.id } }, { settings: async () => settings, now: () => now });
    const withFit = await ask(withProfile(PROFILE));
    const without = await ask(withProfile([]));
    db.close();
    if (!withFit.ok || !without.ok) throw new Error('no panel');
    // 4 of 16 = 0.25 → 0.5 + 0.5 × 0.25 ÷ 0.75 = 0.67.
    expect(text(withFit.panel!.tree)).toContain('Skill fit: you have 4 of its 16 skills: chance × 0.67.');
    expect(withFit.panel!.pill.fit).toEqual({ text: 'fit 4/16', title: 'You have 4 of its 16 skills' });
    expect(text(without.panel!.tree)).not.toContain('Skill fit');
    expect(without.panel!.pill.fit).toBeNull();
  });
});
