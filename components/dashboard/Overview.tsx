// The charts over time, each with how to read it and the baseline beside the user's figures.
import { t } from '@/lib/i18n';
import { useState } from 'preact/hooks';
import type { StoredListing } from '@/lib/db/schema';
import type { Platform } from '@/lib/model/listing';
import { Summary } from './Summary';
import { chartsFor } from './chart-list';

export function Overview({ listings, sourceName }: { listings: StoredListing[]; sourceName: string }) {
  const [site, setSite] = useState<Platform | 'all'>('all');
  const shown = site === 'all' ? listings : listings.filter((l) => l.platform === site);
  return (
    <section aria-labelledby="overview-title" data-section="overview">
      <div class="row section-head">
        <h2 id="overview-title">{t('section_overview')}</h2>
        <label class="row">
          {t('col_site')}
          <select value={site} onChange={(e) => setSite(e.currentTarget.value as Platform | 'all')} data-overview-site>
            <option value="all">{t('overview_both_sites')}</option>
            <option value="upwork">Upwork</option>
            <option value="fiverr">Fiverr</option>
          </select>
        </label>
      </div>
      <Summary listings={shown} />
      {chartsFor(shown, sourceName).map((c) => (
        <div key={c.id}>{c.view}</div>
      ))}
    </section>
  );
}
