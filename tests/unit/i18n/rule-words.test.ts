// Every rule, prior row, growth figure, demand note and caveat has its Urdu words, with the
// same {matched} slot; and the panel shows them when Urdu is on.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { reasonWords, ruleDescription } from '@/lib/i18n/data-words';
import { BASELINE_CAVEATS_UR, DEMAND_NOTES_UR, PRIOR_WHY_UR, RULE_WORDS_UR, SPECIALTY_WHY_UR } from '@/lib/i18n/rule-words-ur';
import { PRIORS, SPECIALTY_PRIORS } from '@/lib/rules/priors';
import { RULES } from '@/lib/rules/rules';
import { BASELINE_CAVEATS, DEMAND_NOTES } from '@/lib/trends/baseline-data';
import { formatFinding } from '@/lib/connects/format';
import type { Finding } from '@/lib/connects/findings';
import { SCAM_PHRASES } from '@/lib/connects/scam-phrases';

afterEach(() => setLanguage('en'));

describe('Urdu words for the rules data', () => {
  it.each(RULES.map((r) => [r.id, r.words] as const))('%s', (id, words) => {
    expect(RULE_WORDS_UR[id]).toBeTruthy();
    expect(RULE_WORDS_UR[id]!.includes('{matched}')).toBe(words.includes('{matched}'));
  });
  it('every prior row, demand note and caveat', () => {
    expect(Object.keys(PRIOR_WHY_UR).sort()).toEqual(Object.keys(PRIORS).sort());
    expect(Object.keys(SPECIALTY_WHY_UR).sort()).toEqual(Object.keys(SPECIALTY_PRIORS).sort());
    for (const [category, notes] of Object.entries(DEMAND_NOTES)) expect(DEMAND_NOTES_UR[category]?.length ?? 0, category).toBe(notes.length);
    expect(BASELINE_CAVEATS_UR).toHaveLength(BASELINE_CAVEATS.length);
  });
  it('a reason keeps what matched, and English stays as the engine wrote it', () => {
    const reason = { code: 'task-translate', text: 'Asks for translation (“translate”, “localize”), which …', sources: [6] };
    expect(reasonWords(reason, null)).toBe(reason.text);
    setLanguage('ur');
    expect(reasonWords(reason, null)).toMatch(/^ترجمے کا کام مانگا گیا ہے \(“translate”، “localize”\)/);
    expect(ruleDescription('category-prior', 'x')).toMatch(/کیٹیگری/);
  });
});

describe('data names and the user’s own rules in Urdu', () => {
  it.each(SCAM_PHRASES.map((p) => [p.name, p.flag] as const))('the phrase “%s” has Urdu words', (name, flag) => {
    setLanguage('ur');
    const text = formatFinding({ code: flag, args: { name, quote: 'x' } } as Finding);
    expect(text).not.toContain(name);
    expect(text).toMatch(/[\u0600-\u06FF]/);
  });

  it('words a custom rule’s reason, with and without its note', () => {
    const reason = (text: string) => ({ code: 'custom:menu', text, sources: [] });
    setLanguage('ur');
    expect(reasonWords(reason('Your rule “Menu” matched “menu”, “carte”.'), null)).toBe('آپ کے اصول “Menu” میں سے یہ ملا: “menu”، “carte”۔');
    expect(reasonWords(reason('Your rule “Menu” matched “menu”: my niche'), null)).toBe('آپ کے اصول “Menu” میں سے یہ ملا: “menu”۔ my niche');
    setLanguage('en');
    expect(reasonWords(reason('Your rule “Menu” matched “menu”.'), null)).toBe('Your rule “Menu” matched “menu”.');
  });
});
