// The dashboard's rule settings file: round trip, and every refusal with its reason.
import { describe, expect, test } from 'vitest';
import { exportRulesFile, importRulesFile } from '@/lib/rules/rules-file';
import { CustomRuleSchema } from '@/lib/rules/custom-rule-schema';
import { labelWith } from '@/lib/rules/engine';

const rule = { id: 'my-niche', name: 'My niche', words: ['shopify theme', 'liquid'], effect: -10, note: 'I know this market.' };
const file = (body: object) => JSON.stringify({ giglens: 'rules', version: 1, ...body });

describe('export and import', () => {
  test('a file exported is imported unchanged', () => {
    const settings = { disabledRules: ['task-translate', 'category-prior'], customRules: [rule] };
    expect(importRulesFile(exportRulesFile(settings))).toEqual({ ok: true, settings });
  });

  test('an imported rule is used by the engine', () => {
    const result = importRulesFile(file({ customRules: [rule] }));
    if (!result.ok) throw new Error(result.reasons.join('; '));
    const label = labelWith({ title: 'Fix my Liquid template' }, result.settings);
    expect(label.risk!.reasons.map((r) => r.code)).toContain('custom:my-niche');
  });

  test('missing lists default to empty, repeated switched-off ids collapse', () => {
    expect(importRulesFile(file({ disabledRules: ['task-rewrite', 'task-rewrite'] }))).toEqual({
      ok: true,
      settings: { disabledRules: ['task-rewrite'], customRules: [] },
    });
  });
});

describe('a bad file is refused with the reason', () => {
  test.each<[string, string, string[]]>([
    ['not JSON', '{"giglens": ', ['the file is not valid JSON']],
    ['another kind of file', JSON.stringify({ version: 1 }), ['giglens: not a GigLens rules file (missing "giglens": "rules")']],
    ['a newer version', JSON.stringify({ giglens: 'rules', version: 2 }), ['version: unsupported version (this GigLens reads version 1)']],
    ['an unknown rule switched off', file({ disabledRules: ['task-telepathy'] }), ['disabledRules: no rule is called "task-telepathy"']],
    ['an unexpected field', file({ extra: true }), ['Unrecognized key: "extra"']],
    ['two rules with one id', file({ customRules: [rule, rule] }), ['customRules.1.id: id "my-niche" is used twice']],
    ['a rule without words', file({ customRules: [{ ...rule, words: [] }] }), ['customRules.0.words: at least one phrase']],
    ['an effect out of range', file({ customRules: [{ ...rule, effect: 80 }] }), ['customRules.0.effect: at most 50']],
    ['a bad id', file({ customRules: [{ ...rule, id: 'My Niche' }] }), ['customRules.0.id: use 1–48 lower-case letters, digits and dashes']],
    ['a phrase with "|"', file({ customRules: [{ ...rule, words: ['a|b'] }] }), ['customRules.0.words.0: a phrase may not contain "|"']],
  ])('%s', (_what, text, reasons) => {
    const result = importRulesFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons.length).toBe(reasons.length);
    result.reasons.forEach((r, i) => expect(r.startsWith(reasons[i]!) || r.includes(reasons[i]!), r).toBe(true));
  });
});

describe('the custom rule schema', () => {
  test('trims names and phrases, keeps optional fields optional', () => {
    expect(CustomRuleSchema.parse({ id: 'a', name: '  A  ', words: [' seo '], effect: 3 })).toEqual({ id: 'a', name: 'A', words: ['seo'], effect: 3 });
  });

  test.each([
    [{ id: 'a', name: 'A', words: ['seo'], effect: 2.5 }, 'effect: a whole number'],
    [{ id: 'a', name: 'A', words: ['!'], effect: 2 }, 'each phrase needs at least 2 characters'],
    [{ id: 'a', name: 'A', words: ['--'], effect: 2 }, 'a phrase needs a letter or digit'],
  ])('%j is refused: %s', (value, message) => {
    const r = CustomRuleSchema.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(message);
  });
});
