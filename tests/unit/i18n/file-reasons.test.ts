// Refusals of imported files in the chosen language: the same reasons, the same paths, the
// whole-or-nothing answer; zod's own issues are worded too, never left in English.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setLanguage } from '@/lib/i18n';
import { zodWords } from '@/lib/i18n/zod-words';
import { checkImport } from '@/lib/export/import-check';
import { readExportFiles } from '@/lib/insights/dataset-import';
import { importRulesFile } from '@/lib/rules/rules-file';
import { importSettingsFile } from '@/lib/settings/settings-file';

afterEach(() => setLanguage('en'));

const latinWords = (text: string) => (text.replace(/"[^"]*"|\([^)]*\)|[\w.]+:|GigLens|JSON/g, '').match(/[A-Za-z]{3,}/g) ?? []);

describe('file refusals in Urdu', () => {
  it.each([
    ['an export that is not JSON', () => checkImport('{').ok === false && (checkImport('{') as { reason: string }).reason],
    ['a foreign export', () => (checkImport('{"a":1}') as { reason: string }).reason],
    ['a newer export', () => (checkImport('{"format":"giglens-export","version":9}') as { reason: string }).reason],
    ['no dataset files', () => (readExportFiles([]) as { error: string }).error],
    ['a rules file of another kind', () => (importRulesFile('{"version":1}') as { reasons: string[] }).reasons.join('\n')],
    ['a bad custom rule', () => (importRulesFile('{"giglens":"rules","version":1,"customRules":[{"id":"a","name":"A","words":["x"],"effect":80}]}') as { reasons: string[] }).reasons.join('\n')],
    ['a settings file with an unknown field', () => (importSettingsFile('{"giglens":"settings","version":1,"settings":{"nope":1}}') as { reasons: string[] }).reasons.join('\n')],
  ])('%s is refused in Urdu words', (_what, reason) => {
    setLanguage('ur');
    const text = String(reason());
    expect(text).toMatch(/[\u0600-\u06FF]/);
    expect(latinWords(text), text).toEqual([]);
  });

  it('keeps the field path and strips the repeated field word', () => {
    setLanguage('ur');
    const result = importRulesFile('{"giglens":"rules","version":1,"customRules":[{"id":"a","name":"A","words":["ab"],"effect":80}]}');
    expect(result).toEqual({ ok: false, reasons: ['customRules.0.effect: زیادہ سے زیادہ 50'] });
  });
});

describe('zod issues through the catalogue', () => {
  const schema = z.strictObject({ n: z.int().min(1), s: z.string().max(3), list: z.array(z.string()).min(2), kind: z.enum(['a', 'b']) });
  const messages = (value: unknown) => schema.safeParse(value, { error: zodWords }).error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

  it('words each kind of issue in English', () => {
    expect(messages({ n: 0, s: 'long', list: ['x'], kind: 'c', extra: 1 })).toEqual([
      'n: Too small: at least 1',
      's: Too long: at most 3 characters',
      'list: Too few: at least 2 items',
      'kind: Invalid option: expected one of "a", "b"',
      ': Unrecognized key: "extra"',
    ]);
    expect(messages({})).toContain('n: Missing value: expected number');
  });

  it('and in Urdu', () => {
    setLanguage('ur');
    expect(messages({ n: 0, s: 'long', list: ['x'], kind: 'a' })).toEqual([
      'n: بہت کم: کم از کم 1 ہونا چاہیے',
      's: بہت لمبا: زیادہ سے زیادہ 3 حروف',
      'list: بہت کم آئٹمز: کم از کم 2 آئٹمز ہونے چاہییں',
    ]);
  });
});
