// The browser's UI language, for the 'auto' setting: browser.i18n where it exists (extension
// pages and background), the navigator's language otherwise (tests).
import { resolveLanguage, type Language, type LanguageSetting } from './languages';

export function uiLanguage(): string {
  try {
    const ui = browser.i18n?.getUILanguage?.();
    if (ui) return ui;
  } catch {
    // fake browser in tests
  }
  return typeof navigator === 'undefined' ? 'en' : navigator.language;
}

export const languageOf = (setting: LanguageSetting | undefined): Language => resolveLanguage(setting, uiLanguage());
