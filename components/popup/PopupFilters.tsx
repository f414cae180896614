// The popup's filter card: this tab's count and "show all", the master switch, and each
// site's rules folded away until asked for.
import { t } from '@/lib/i18n';
import { FilterRules, FiltersSwitch } from '../filters/FilterRules';
import type { SettingsState } from '../shared/use-settings';
import { TabFilters } from './TabFilters';

export function PopupFilters({ state }: { state: SettingsState }) {
  const { settings, save } = state;
  return (
    <section aria-labelledby="filters-title" class="popup-filters">
      <h2 id="filters-title">{t('filters_title')}</h2>
      <TabFilters revision={settings} />
      {settings && (
        <>
          <FiltersSwitch settings={settings} save={save} />
          {(['upwork', 'fiverr'] as const).map((platform) => (
            <details key={platform} data-filters-details={platform}>
              <summary>{platform === 'upwork' ? 'Upwork' : 'Fiverr'}</summary>
              <FilterRules settings={settings} save={save} platform={platform} />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
