// The root of popup and dashboard: picks the language from the user's setting (or the
// browser's), sets lang, dir and the title on the document, and re-renders everything below
// at once when the setting changes (no reload).
import { Fragment, type VNode } from 'preact';
import { useEffect } from 'preact/hooks';
import { currentDir, currentLanguage, setLanguage, t } from '@/lib/i18n';
import { languageOf } from '@/lib/i18n/ui-language';
import { useSettings } from './use-settings';

export function Localised({ titleKey, children }: { titleKey: string; children: () => VNode }) {
  const { settings } = useSettings();
  // Before the settings load, the browser's language: an Urdu browser never flashes English.
  setLanguage(languageOf(settings?.language));
  const lang = currentLanguage();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = currentDir();
    document.title = t(titleKey);
  }, [lang]);
  // The key remounts the tree, so every view (and what it computed with t) is worded anew.
  return <Fragment key={lang}>{children()}</Fragment>;
}
