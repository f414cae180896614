// Listing URLs without what the record already holds: an Upwork job URL is its title slug
// around the job's key, a Fiverr gig URL its slug after the seller's name. Only the slug is
// stored when the URL has exactly that shape; any other URL is stored whole.
import type { Listing } from '../model/listing';

type UrlParts = Pick<Listing, 'platform' | 'id' | 'seller'>;

function around(l: UrlParts): [before: string, after: string] | null {
  if (l.platform === 'upwork') return ['https://www.upwork.com/jobs/', `_${l.id}/`];
  return l.seller ? [`https://www.fiverr.com/${l.seller.name}/`, ''] : null;
}

/** The slug, when the URL is the usual one of its listing. */
export function urlSlug(url: string, l: UrlParts): string | null {
  const parts = around(l);
  if (!parts || !url.startsWith(parts[0]) || !url.endsWith(parts[1])) return null;
  const slug = url.slice(parts[0].length, url.length - parts[1].length);
  return /^[\w.~-]+$/.test(slug) ? slug : null;
}

export function urlFromSlug(slug: string, l: UrlParts): string {
  const [before, after] = around(l) ?? ['', ''];
  return `${before}${slug}${after}`;
}
