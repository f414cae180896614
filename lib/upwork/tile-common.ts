// What every tile shape shares: the link that gives url, id and title, and the fields
// worded the same way across vocabularies. Each tile reader passes its selector set.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import { jobKey, upworkUrl } from './job-url';
import { clean, pick, type Variants } from './text';

export interface TileLink {
  id: string;
  url: string;
  title: string;
}

/** The title link; null when it is missing or points anywhere but an Upwork job. */
export function readTileLink(tile: Element, variants: Variants, ctx: ParseContext): TileLink | null {
  const link = pick(tile, variants);
  const url = upworkUrl(link?.getAttribute('href'), ctx.url);
  const id = jobKey(url?.pathname);
  // textContent, not innerHTML: titles carry <span class="highlight"> around search words.
  const title = clean(link?.textContent);
  return url && id && title ? { id, url: url.href, title } : null;
}

export const skillsOf = (tile: Element, selector: string, strip?: RegExp): string[] =>
  [...tile.querySelectorAll(selector)]
    .map((s) => clean(s.textContent).replace(strip ?? /$^/, ''))
    .filter(Boolean);

/** Featured / premium: an explicit analytics flag when the tile has one, the badge when shown. */
export function readPromoted(tile: Element, attr: string, badge: Variants): boolean | null {
  const flag = tile.getAttribute(attr);
  if (flag === 'true' || pick(tile, badge)) return true;
  return flag === 'false' ? false : null;
}

export type TileFields = Omit<ListingInput, 'platform' | 'id' | 'url' | 'title'>;

export const listingOf = (link: TileLink, fields: TileFields): ListingInput => ({
  platform: 'upwork',
  ...link,
  ...fields,
});
