// The dashboard: charts over time against the research baseline, every stored listing,
// period comparison, the pivot plan, sharing, imported datasets and settings. One source at
// a time: the user's own history or one imported dataset, never mixed.
import { t } from '@/lib/i18n';
import { useEffect, useState } from 'preact/hooks';
import { NO_FILTER, type ListingFilter, type ListingSort } from '@/lib/insights/filter';
import { useAsync } from '../shared/use-async';
import { CompareView, defaultCompare, type CompareConfig } from './CompareView';
import { ConnectsView } from './ConnectsView';
import { DatasetsView } from './DatasetsView';
import { ListingsView } from './ListingsView';
import { Overview } from './Overview';
import { PlanView } from './PlanView';
import { Presentation } from './Presentation';
import { SettingsView } from './SettingsView';
import { ShareView } from './ShareView';
import { SourcePicker } from './SourcePicker';
import { loadSource, OWN, sourceName, type Source } from './sources';
import { SECTIONS, useSection } from './use-section';
import './dashboard.css';

export function Dashboard({ now = Date.now() }: { now?: number }) {
  const [section, go] = useSection();
  const [source, setSource] = useState<Source>(OWN);
  const [version, setVersion] = useState(0);
  const [filter, setFilter] = useState<ListingFilter>(NO_FILTER);
  const [sort, setSort] = useState<ListingSort>({ key: 'lastSeen', dir: 'desc' });
  const [compare, setCompare] = useState<CompareConfig>(defaultCompare);
  const [presenting, setPresenting] = useState(false);
  const state = useAsync(() => loadSource(source), [source, version]);
  useEffect(() => setFilter(NO_FILTER), [source]);
  const listings = state.status === 'ready' ? state.value : [];
  const name = sourceName(source);
  // The plan asks for a profile: the settings open with the focus in the profile's skills
  // (the settings load first, so the field appears a moment later).
  const setProfile = () => {
    go('settings');
    const focus = (tries: number) => {
      const field = document.getElementById('profile-skill');
      if (field) {
        field.scrollIntoView({ block: 'center' });
        field.focus();
      } else if (tries > 0) setTimeout(() => focus(tries - 1), 50);
    };
    focus(40);
  };

  if (presenting && state.status === 'ready') {
    return <Presentation listings={listings} sourceName={name} compare={compare} now={now} onExit={() => setPresenting(false)} />;
  }
  return (
    <div class="dashboard">
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('dash_skip')}
      </a>
      <header class="dash-head">
        <h1>{t('page_title_dashboard')}</h1>
        <SourcePicker source={source} onChange={setSource} version={version} />
        <button type="button" class="primary" onClick={() => setPresenting(true)} disabled={state.status !== 'ready'}>
          {t('dash_present')}
        </button>
      </header>
      <nav aria-label={t('dash_sections')} class="dash-nav">
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`} aria-current={section === s.id ? 'page' : undefined} onClick={() => go(s.id)}>
            {t(s.key)}
          </a>
        ))}
      </nav>
      <main id="main" class="dash-main" tabIndex={-1}>
        {source.kind === 'dataset' && (
          <p class="notice warning" data-viewing-dataset>
            {t('dash_viewing_dataset', { name: source.name, count: listings.length })}{' '}
            <button type="button" class="link" onClick={() => setSource(OWN)}>{t('dash_back_to_history')}</button>
          </p>
        )}
        {state.status === 'loading' && <p class="muted">{t('common_loading')}</p>}
        {state.status === 'error' && <p role="alert">{t('dash_read_error', { name, error: state.error })}</p>}
        {state.status === 'ready' && (
          <>
            {section === 'overview' && <Overview listings={listings} sourceName={name} />}
            {section === 'listings' && <ListingsView listings={listings} filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} />}
            {section === 'compare' && <CompareView config={compare} onChange={setCompare} now={now} version={version} />}
            {section === 'plan' && <PlanView now={now} initial={source} version={version} onSetProfile={setProfile} />}
            {section === 'connects' && <ConnectsView now={now} />}
            {section === 'share' && (
              <ShareView listings={listings} source={source} filter={filter} sort={sort} compare={compare} now={now} />
            )}
            {section === 'datasets' && (
              <DatasetsView
                version={version}
                onChanged={() => setVersion(version + 1)}
                onView={(n) => {
                  setSource({ kind: 'dataset', name: n });
                  go('overview');
                }}
                onCompare={(n) => {
                  setCompare({ a: { source: OWN, period: { kind: 'all' } }, b: { source: { kind: 'dataset', name: n }, period: { kind: 'all' } } });
                  go('compare');
                }}
              />
            )}
            {section === 'settings' && <SettingsView />}
          </>
        )}
      </main>
    </div>
  );
}
