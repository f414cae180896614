// The dashboard: every stored listing (charts, filters and sharing come with their issues).
import { database } from '@/lib/db/open';
import { recentListings } from '@/lib/db/listings';
import { ListingTable } from '../shared/ListingTable';
import { useAsync } from '../shared/use-async';

export function Dashboard() {
  const state = useAsync(async () => recentListings(await database(), 10_000));
  return (
    <main style={{ maxWidth: '1100px', margin: '0 auto', padding: '24px' }}>
      <h1>GigLens dashboard</h1>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && <p role="alert">Could not read your history: {state.error}</p>}
      {state.status === 'ready' && <ListingTable listings={state.value} />}
    </main>
  );
}
