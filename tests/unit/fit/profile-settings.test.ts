// The profile in the versioned settings: optional with an empty default, so every settings
// file and stored value from before it still reads; a bad profile is refused with its path
// (file) or reset alone with a problem (stored value), never taking other settings with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '@/lib/fit/profile-schema';
import { exportSettingsFile, importSettingsFile } from '@/lib/settings/settings-file';
import { DEFAULT_SETTINGS, readSettings } from '@/lib/settings/settings-schema';

const DOC = readFileSync(join(process.cwd(), 'docs', 'settings-file.md'), 'utf8');
const example = /```json\n([\s\S]*?)```/.exec(DOC)![1]!;
const file = (settings: unknown) => JSON.stringify({ giglens: 'settings', version: 1, settings });
const PROFILE = {
  skills: ['Python', 'Zapier', 'n8n'],
  categories: ['scripts-automation', 'ai-development'],
  rate: { hourly: 25, currency: 'USD' },
};

describe('the profile setting', () => {
  it('is empty by default, and each default is a fresh object', () => {
    expect(DEFAULT_SETTINGS.profile).toEqual({ skills: [], categories: [], rate: null });
    expect(emptyProfile()).toEqual(DEFAULT_SETTINGS.profile);
    const a = readSettings({}).settings.profile;
    a.skills.push('Python');
    expect(readSettings({}).settings.profile.skills).toEqual([]);
  });

  it('leaves files and stored values from before it readable, with an empty profile', () => {
    const old = importSettingsFile(example);
    if (!old.ok) throw new Error(old.reasons.join('; '));
    expect(old.settings.profile).toEqual(emptyProfile());
    const { profile: _, ...before } = DEFAULT_SETTINGS;
    expect(readSettings({ ...before, dimHighRisk: true })).toEqual({ settings: { ...DEFAULT_SETTINGS, dimHighRisk: true }, problems: [] });
  });

  it('round-trips a profile through the settings file, skills as written', () => {
    const settings = { ...DEFAULT_SETTINGS, profile: { ...PROFILE, skills: ['Javascript', ' n8n '] } };
    expect(importSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, settings });
    expect(importSettingsFile(file({ profile: { skills: ['Python'] } }))).toMatchObject({ ok: true, settings: { profile: { skills: ['Python'], categories: [], rate: null } } });
  });

  it.each([
    ['a lower-case currency', { rate: { hourly: 25, currency: 'usd' } }, /settings\.profile\.rate\.currency/],
    ['a zero rate', { rate: { hourly: 0, currency: 'USD' } }, /settings\.profile\.rate\.hourly/],
    ['an empty skill', { skills: [''] }, /settings\.profile\.skills\.0/],
    ['a category id with spaces', { categories: ['AI apps'] }, /settings\.profile\.categories\.0/],
  ])('refuses a file with %s, naming where', (_name, profile, reason) => {
    const result = importSettingsFile(file({ profile }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons.join('\n')).toMatch(reason);
  });

  it('drops fields it does not know instead of keeping them', () => {
    const result = importSettingsFile(file({ profile: { ...PROFILE, upworkProfileUrl: 'https://www.upwork.com/freelancers/~01' } }));
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, profile: PROFILE } });
  });

  it('keeps an unknown category id (a later taxonomy may rename it; the plan skips it)', () => {
    const result = importSettingsFile(file({ profile: { categories: ['no-such-category'] } }));
    expect(result.ok && result.settings.profile.categories).toEqual(['no-such-category']);
  });

  it('resets only a corrupt stored profile, and says so', () => {
    const { settings, problems } = readSettings({ ...DEFAULT_SETTINGS, connectsPriceUsd: 0.2, profile: { skills: 'Python' } });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, connectsPriceUsd: 0.2 });
    expect(problems).toEqual(['Setting "profile" was invalid and is back to its default.']);
  });
});
