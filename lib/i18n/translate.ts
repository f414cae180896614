// The catalogue lookup, pure: a key, its parameters, a plural form chosen by Intl.PluralRules.
// Catalogues are the extension's own _locales/*/messages.json (the format browser.i18n reads
// for the store listing and the manifest); the runtime reads them itself because browser.i18n
// cannot switch language while the extension runs.
//
// In a message, `{name}` is a parameter. A message that depends on a count has one key per
// CLDR plural category: `key__one`, `key__other` (Urdu and English use just these two).
// Numbers are written with the language's own number format; strings are inserted as they are.

import { plainNumber } from './plain-number';

export interface CatalogueEntry {
  message: string;
  description?: string;
}
export type Catalogue = Record<string, CatalogueEntry>;
export type Params = Record<string, string | number>;

const PARAM = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The parameter names a message uses, sorted ("{n} of {total}" → ["n", "total"]). */
export function paramsOf(message: string): string[] {
  return [...new Set([...message.matchAll(PARAM)].map((m) => m[1]!))].sort();
}

/** The key of the plural form for `count`, when the catalogue has plural forms of `key`. */
export function pluralKey(catalogue: Catalogue, rules: Intl.PluralRules, key: string, count: unknown): string {
  if (typeof count !== 'number' || !(`${key}__other` in catalogue)) return key;
  const form = `${key}__${rules.select(count)}`;
  return form in catalogue ? form : `${key}__other`;
}

export interface Translator {
  (key: string, params?: Params): string;
  lang: string;
  /** BCP 47 locale for Intl ("en-US", "ur-PK"). */
  locale: string;
  dir: 'ltr' | 'rtl';
}

export function makeTranslator(lang: string, locale: string, dir: 'ltr' | 'rtl', catalogue: Catalogue, fallback: Catalogue): Translator {
  const rules = new Intl.PluralRules(locale);
  // Made on first need: the first NumberFormat of a context is costly (lib/i18n/plain-number.ts).
  let numbers: Intl.NumberFormat | null = null;
  const formatted = (n: number) => plainNumber(n, locale) ?? (numbers ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(n);
  const t = ((key: string, params: Params = {}) => {
    const inOwn = pluralKey(catalogue, rules, key, params.count);
    const entry = catalogue[inOwn] ?? fallback[pluralKey(fallback, new Intl.PluralRules('en'), key, params.count)];
    if (!entry) return key;
    return entry.message.replace(PARAM, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatted(value) : value;
    });
  }) as Translator;
  t.lang = lang;
  t.locale = locale;
  t.dir = dir;
  return t;
}
