// The active language of this extension context (background, popup or dashboard) and its
// `t()`. Each context sets it from the user's setting (setLanguage) before it words anything;
// the content scripts never import this: the page gets its words from the background.
import en from '@/public/_locales/en/messages.json';
import ur from '@/public/_locales/ur/messages.json';
import { DIRECTIONS, LOCALES, type Language } from './languages';
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
  new Intl.NumberFormat(active.locale, options).format(n);

/** A date as the active language writes it ("3 Mar 2026", "3 مارچ 2026"). */
export const formatDate = (ms: number, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): string =>
  new Intl.DateTimeFormat(active.locale, options).format(ms);

export type { Language, LanguageSetting } from './languages';
