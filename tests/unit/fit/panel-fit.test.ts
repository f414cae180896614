// The badge's panel shows the fit (issue 17): a real Upwork job from the saved feed, stored
// through the real writer, its panel asked of the background with a profile in the settings.
import { describe, expect, it } from 'vitest';
import { handlePanel } from '@/lib/background/handle-page';
import { upsertBatch } from '@/lib/db/listings';
import { openDatabase } from '@/lib/db/open';
import { setLanguage } from '@/lib/i18n';
import type { ViewNode } from '@/lib/model/view';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings-schema';
import { savedPageItems } from '../db/saved-page-listings';

const text = (node: ViewNode): string => (typeof node === 'string' ? node : node.slice(2).map((c) => text(c as ViewNode)).join(''));
function find(node: ViewNode, attr: string): ViewNode | null {
  if (typeof node === 'string') return null;
  if (node[1]?.[attr] !== undefined) return node;
  for (const child of node.slice(2)) {
    const hit = find(child as ViewNode, attr);
    if (hit) return hit;
  }
  return null;
}

async function panelWith(profileSkills: string[]) {
  const item = savedPageItems().find((i) => i.listing.id === '~022045907808348385375')!;
  const db = await openDatabase();
  const now = Date.UTC(2026, 7, 5);
  await upsertBatch(db, 'panel-fit', [item], now);
  const settings: Settings = { ...DEFAULT_SETTINGS, profile: { ...DEFAULT_SETTINGS.profile, skills: profileSkills } };
  const page = { platform: 'upwork', kind: 'feed', status: 'ok', health: { found: 1, parsed: 1 }, url: 'https://www.upwork.com/nx/find-work/' } as const;
  const reply = await handlePanel(db, { type: 'panel', page, key: { platform: 'upwork', id: item.listing.id } }, { settings: async () => settings, now: () => now });
  db.close();
  expect(reply.ok).toBe(true);
  return reply.ok ? reply.panel!.tree : null;
}

describe('fit in the panel', () => {
  it('says how many of the job’s skills the profile has, which, and which are missing', async () => {
    setLanguage('en');
    const fit = find((await panelWith(['n8n', 'Zapier', 'make.com', 'OpenAI']))!, 'data-giglens-fit')!;
    expect((fit as [string, Record<string, string>])[1]['data-giglens-fit']).toBe('4/16');
    expect(text(fit)).toContain('Your fit: you have 4 of its 16 skills.');
    expect(text(fit)).toContain('You have: n8n, Make.com, Zapier, OpenAI API');
    expect(text(fit)).toContain('Missing: HighLevel');
  });

  it('in Urdu too', async () => {
    setLanguage('ur');
    const fit = find((await panelWith(['n8n']))!, 'data-giglens-fit')!;
    expect(text(fit)).toContain('آپ کی مطابقت');
    setLanguage('en');
  });

  it('says nothing when the profile lists no skills: unknown is not a poor fit', async () => {
    expect(find((await panelWith([]))!, 'data-giglens-fit')).toBeNull();
  });
});
