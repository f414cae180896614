// The active language of this extension context (background, popup or dashboard) and its
// `t()`. Each context sets it from the user's setting (setLanguage) before it words anything;
// the content scripts never import this: the page gets its words from the background.
import en from '@/public/_locales/en/messages.json';
import ur from '@/public/_locales/ur/messages.json';
import { DIRECTIONS, LOCALES, type Language } from './languages';
import { plainNumber } from './plain-number';
import { makeTranslator, type Catalogue, type Params, type Translator } from './translate';

export const CATALOGUES: Record<Language, Catalogue> = { en, ur };

const translators = new Map<Language, Translator>();
export function translatorFor(lang: Language): Translator {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = makeTranslator(lang, LOCALES[lang], DIRECTIONS[lang], CATALOGUES[lang], CATALOGUES.en)));
  return t;
}

let active: Translator = translatorFor('en');

/** Switches every later `t()` of this context; returns whether the language changed. */
export function setLanguage(lang: Language): boolean {
  if (active.lang === lang) return false;
  active = translatorFor(lang);
  return true;
}

export const t = (key: string, params?: Params): string => active(key, params);
export const currentLanguage = (): Language => active.lang as Language;
export const currentLocale = (): string => active.locale;
export const currentDir = (): 'ltr' | 'rtl' => active.dir;

/** A number in the active language's format (grouping, digits). */
export const formatNumber = (n: number, options?: Intl.NumberFormatOptions): string =>
  (options === undefined ? plainNumber(n, active.locale) : null) ?? new Intl.NumberFormat(active.locale, options).format(n);

/** A date as the active language writes it ("3 Mar 2026", "3 مارچ 2026"). */
export const formatDate = (ms: number, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): string =>
  new Intl.DateTimeFormat(active.locale, options).format(ms);

/** A calendar day of the dashboard's UTC weeks ("Jul 15, 2026", "15 جولائی، 2026"): the day a
 *  UTC timestamp falls on, so table dates agree with the weeks and periods they are counted in. */
const DAY_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
export const formatDay = (ms: number): string => new Intl.DateTimeFormat(active.locale, DAY_OPTIONS).format(ms);

/** Two UTC days as one span, as the language writes ranges ("Jul 15 – 29, 2026"). */
export const formatDayRange = (from: number, to: number): string =>
  new Intl.DateTimeFormat(active.locale, DAY_OPTIONS).formatRange(from, to);

/** A UTC month ("Aug 2026", "اگست 2026"), from its `YYYY-MM` key. */
export const formatMonth = (key: string): string => {
  const [year, month] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(active.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, 1));
};

export type { Language, LanguageSetting } from './languages';
