// The settings file: the documented example imports and does what the docs say on real
// listings; exports round-trip; corrupt and hostile files are refused whole, with reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterHit } from '@/lib/filters/filter-match';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { exportSettingsFile, importSettingsFile } from '@/lib/settings/settings-file';

const DOC = readFileSync(join(process.cwd(), 'docs', 'settings-file.md'), 'utf8');
const example = /```json\n([\s\S]*?)```/.exec(DOC)![1]!;

describe('settings file', () => {
  it('the documented example folds very-high risk and fades "Skip" verdicts', () => {
    const result = importSettingsFile(example);
    if (!result.ok) throw new Error(result.reasons.join('; '));
    const listing = { platform: 'upwork', title: 't', skills: [], description: null, pay: null, proposals: null, client: null, seller: null } as never;
    const label = (level: string) => ({ category: null, risk: { level } }) as never;
    const facts = (level: string, verdict: 'skip' | null) => ({ label: label(level), verdict, clientQuality: null });
    expect(filterHit(listing, facts('very-high', null), result.settings)?.action).toBe('fold');
    expect(filterHit(listing, facts('very-high', 'skip'), result.settings)?.action).toBe('fold');
    expect(filterHit(listing, facts('low', 'skip'), result.settings)?.action).toBe('fade');
    expect(filterHit(listing, facts('high', null), result.settings)).toBeNull();
    // What the file leaves out is the default.
    expect(result.settings.connectsPriceUsd).toBe(DEFAULT_SETTINGS.connectsPriceUsd);
  });

  it('round-trips an export', () => {
    const settings = { ...DEFAULT_SETTINGS, homeCurrency: { code: 'PKR', perUsd: 280 }, dimHighRisk: true };
    const back = importSettingsFile(exportSettingsFile(settings));
    expect(back).toEqual({ ok: true, settings });
  });

  it.each([
    ['not JSON', '{"giglens":', /not valid JSON/],
    ['another file', JSON.stringify({ giglens: 'rules', version: 1, settings: {} }), /not a GigLens settings file/],
    ['a future version', JSON.stringify({ giglens: 'settings', version: 9, settings: {} }), /unsupported version/],
    ['an unknown action', JSON.stringify({ giglens: 'settings', version: 1, settings: { filters: { upwork: [{ kind: 'risk', action: 'delete' }] } } }), /settings\.filters\.upwork\.0/],
    ['an unknown setting', JSON.stringify({ giglens: 'settings', version: 1, settings: { __proto__x: 1 } }), /settings/],
    ['a bad custom rule', JSON.stringify({ giglens: 'settings', version: 1, settings: { customRules: [{ id: 'BAD ID' }] } }), /settings\.customRules/],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const result = importSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons.join('\n')).toMatch(reason);
  });
});
