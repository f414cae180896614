// The popup: what the user saw, newest first, with counts per site.
import { database } from '@/lib/db/open';
import { countsByPlatform, recentListings } from '@/lib/db/listings';
import { ListingTable } from '../shared/ListingTable';
import { useAsync } from '../shared/use-async';

async function loadPopup() {
  const db = await database();
  const [counts, recent] = await Promise.all([countsByPlatform(db), recentListings(db, 50)]);
  return { counts, recent };
}

export function Popup() {
  const state = useAsync(loadPopup);
  return (
    <main style={{ width: '420px', padding: '12px' }}>
      <h1 style={{ fontSize: '16px' }}>GigLens</h1>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && <p role="alert">Could not read your history: {state.error}</p>}
      {state.status === 'ready' && (
        <>
          <p data-giglens-counts>
            Upwork: <strong data-platform="upwork">{state.value.counts.upwork}</strong> · Fiverr:{' '}
            <strong data-platform="fiverr">{state.value.counts.fiverr}</strong>
          </p>
          {state.value.recent.length === 0 ? (
            <p class="muted">Nothing seen yet: open Upwork or Fiverr and GigLens labels what you see.</p>
          ) : (
            <ListingTable listings={state.value.recent} />
          )}
        </>
      )}
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          Open the dashboard
        </a>
      </p>
    </main>
  );
}
