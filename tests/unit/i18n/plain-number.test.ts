// The whole numbers written without Intl (lib/i18n/plain-number.ts) read exactly as Intl
// writes them, in every language GigLens speaks; the rest still goes to Intl.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES } from '@/lib/i18n/languages';
import { formatNumber, setLanguage, t } from '@/lib/i18n';
import { plainNumber } from '@/lib/i18n/plain-number';
import { makeTranslator } from '@/lib/i18n/translate';

describe('plainNumber', () => {
  it.each(LANGUAGES)('writes 0 to 999 as Intl does in %s', (lang) => {
    const locale = LOCALES[lang];
    const intl = new Intl.NumberFormat(locale);
    const rounded = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    for (let n = 0; n < 1000; n++) {
      const plain = plainNumber(n, locale);
      expect(plain, `${n} in ${locale}`).toBe(intl.format(n));
      expect(plain).toBe(rounded.format(n));
    }
  });

  it.each([1000, 12000, -1, -0, 0.5, 99.99, NaN, Infinity])('leaves %s to Intl', (n) => {
    for (const lang of LANGUAGES) expect(plainNumber(n, LOCALES[lang])).toBeNull();
  });

  it('leaves other locales to Intl', () => {
    expect(plainNumber(5, 'ar-EG')).toBeNull();
    expect(plainNumber(5, 'ur-IN')).toBeNull();
  });
});

describe('numbers in words', () => {
  it.each(LANGUAGES)('formatNumber and t() agree with Intl around the fast path in %s', (lang) => {
    setLanguage(lang);
    const intl = new Intl.NumberFormat(LOCALES[lang]);
    for (const n of [0, 7, 42, 999, 1000, 12345, -3, 2.5]) expect(formatNumber(n)).toBe(intl.format(n));
    expect(formatNumber(42, { minimumFractionDigits: 1 })).toBe(new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1 }).format(42));
    const tr = makeTranslator(lang, LOCALES[lang], 'ltr', { n: { message: '{a}|{b}|{c}' } }, {});
    expect(tr('n', { a: 7, b: 1234.567, c: -0 })).toBe(['7', '1234.567', '-0'].map((v) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(Number(v))).join('|'));
    expect(t('pill_fit', { have: 3, total: 5 })).toContain(intl.format(3));
    setLanguage('en');
  });
});
