// t(): parameters, plural forms by Intl.PluralRules, numbers in the language's format, the
// English fallback, and how the setting picks the language.
import { describe, expect, it } from 'vitest';
import { makeTranslator, type Catalogue } from '@/lib/i18n/translate';
import { resolveLanguage } from '@/lib/i18n/languages';
import { currentDir, currentLanguage, setLanguage, t } from '@/lib/i18n';
import { readSettings } from '@/lib/settings/settings-schema';

const en: Catalogue = {
  seen__one: { message: 'Seen {count} time since {day}' },
  seen__other: { message: 'Seen {count} times since {day}' },
  only_en: { message: 'Only in English' },
  hello: { message: 'Hello {name}' },
};
const ur: Catalogue = {
  seen__one: { message: '{day} سے {count} بار دیکھی' },
  seen__other: { message: '{day} سے {count} بار دیکھی گئی' },
  hello: { message: 'سلام {name}' },
};

describe('t()', () => {
  const tEn = makeTranslator('en', 'en-US', 'ltr', en, en);
  const tUr = makeTranslator('ur', 'ur-PK', 'rtl', ur, en);
  it.each([
    [tEn, 'seen', { count: 1, day: '3 Mar' }, 'Seen 1 time since 3 Mar'],
    [tEn, 'seen', { count: 2, day: '3 Mar' }, 'Seen 2 times since 3 Mar'],
    [tEn, 'seen', { count: 12000, day: 'x' }, 'Seen 12,000 times since x'],
    [tUr, 'seen', { count: 1, day: '3 مارچ' }, '3 مارچ سے 1 بار دیکھی'],
    [tUr, 'seen', { count: 5, day: '3 مارچ' }, '3 مارچ سے 5 بار دیکھی گئی'],
    [tUr, 'hello', { name: 'Asma' }, 'سلام Asma'],
    [tUr, 'only_en', {}, 'Only in English'],
    [tUr, 'missing_key', {}, 'missing_key'],
  ] as const)('%#: %s', (tr, key, params, expected) => {
    expect(tr(key, params)).toBe(expected);
  });
  it('knows its direction', () => {
    expect(tUr.dir).toBe('rtl');
    expect(tEn.dir).toBe('ltr');
  });
});

describe('the active language', () => {
  it('switches every later t() at once', () => {
    setLanguage('ur');
    expect(currentLanguage()).toBe('ur');
    expect(currentDir()).toBe('rtl');
    expect(t('risk_high')).toBe('زیادہ');
    setLanguage('en');
    expect(t('risk_high')).toBe('High');
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'ur-PK', 'ur'],
    ['auto', 'ur', 'ur'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'uk-UA', 'en'],
    ['auto', undefined, 'en'],
    ['en', 'ur-PK', 'en'],
    ['ur', 'en-US', 'ur'],
    [undefined, 'ur_IN', 'ur'],
  ] as const)('%s with browser %s → %s', (setting, ui, expected) => {
    expect(resolveLanguage(setting, ui)).toBe(expected);
  });
});

describe('the language setting', () => {
  it("defaults to 'auto', and a foreign value is reported and reset alone", () => {
    expect(readSettings({}).settings.language).toBe('auto');
    expect(readSettings({ language: 'ur' }).settings.language).toBe('ur');
    const bad = readSettings({ language: 'fr', dimHighRisk: true });
    expect(bad.settings.language).toBe('auto');
    expect(bad.settings.dimHighRisk).toBe(true);
    expect(bad.problems).toHaveLength(1);
  });
});
