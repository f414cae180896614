// The languages GigLens speaks and how the user's choice becomes one of them. Pure.
export const LANGUAGES = ['en', 'ur'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = 'auto' | Language;

export const LOCALES: Record<Language, string> = { en: 'en-US', ur: 'ur-PK' };
export const DIRECTIONS: Record<Language, 'ltr' | 'rtl'> = { en: 'ltr', ur: 'rtl' };

/** 'auto' follows the browser's language: any Urdu ("ur", "ur-PK", "ur-IN") gets Urdu. */
export function resolveLanguage(setting: LanguageSetting | undefined, uiLanguage: string | undefined): Language {
  if (setting === 'en' || setting === 'ur') return setting;
  return /^ur(?:[-_]|$)/i.test(uiLanguage ?? '') ? 'ur' : 'en';
}
