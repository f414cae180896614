// A table of stored listings with their risk band; titles are text, links only to the sites.
import type { StoredListing } from '@/lib/db/schema';
import { riskAttr } from '@/lib/model/label';
import { riskLevelName } from '../format/risk-words';

export function ListingTable({ listings }: { listings: StoredListing[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Site</th>
          <th scope="col">Listing</th>
          <th scope="col">AI risk</th>
          <th scope="col">Seen</th>
        </tr>
      </thead>
      <tbody>
        {listings.map((l) => {
          const level = riskAttr(l.label);
          return (
            <tr key={`${l.platform}:${l.id}`} data-giglens-row={`${l.platform}:${l.id}`}>
              <td>{l.platform === 'upwork' ? 'Upwork' : 'Fiverr'}</td>
              <td>
                <a href={l.url} target="_blank" rel="noreferrer noopener">
                  {l.title}
                </a>
              </td>
              <td class={`risk risk-${level}`}>{riskLevelName(level)}</td>
              <td class="muted">{new Date(l.lastSeenAt).toLocaleString()}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
