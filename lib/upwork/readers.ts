// Which listing elements each page kind shows, and the reader for each element shape.
// A job panel page shows the feed or search tiles behind the panel plus the panel itself.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import { readJobDetails } from './job-details';
import type { UpworkPageKind } from './page-kinds';
import { details, feed, feed2026, publicTile, search } from './selectors';
import { readFeed2026Tile } from './tile-feed-2026';
import { readPublicTile } from './tile-public';
import { readFeedTile, readSearchTile } from './tile-classic';

export interface ListingReader {
  /** Simple CSS selectors of the element this reader reads. */
  selector: string;
  /** The title (link or heading), which the badge follows. */
  title: readonly string[];
  read(el: Element, ctx: ParseContext): ListingInput | null;
}

const reader = (variants: readonly string[], title: readonly string[], read: ListingReader['read']): ListingReader => ({
  selector: variants.join(', '),
  title,
  read,
});

const searchTile = reader(search.tile, search.titleLink, readSearchTile);
const feedTile = reader(feed.tile, feed.titleLink, readFeedTile);
const feed2026Tile = reader(feed2026.tile, feed2026.titleLink, readFeed2026Tile);
const publicJobTile = reader(publicTile.tile, publicTile.titleLink, readPublicTile);
const jobDetails = reader(details.root, details.title, readJobDetails);

export const READERS_BY_KIND: Record<UpworkPageKind, readonly ListingReader[]> = {
  search: [searchTile],
  feed: [feedTile],
  'feed-2026': [feed2026Tile],
  job: [jobDetails],
  'job-panel': [jobDetails, searchTile, feedTile, feed2026Tile],
  'public-job': [jobDetails, publicJobTile],
  'public-list': [publicJobTile],
};

const ALL_READERS: readonly ListingReader[] = [jobDetails, searchTile, feedTile, feed2026Tile, publicJobTile];

/** The reader for an element, whatever page it sits on. */
export const readerFor = (el: Element): ListingReader | null => ALL_READERS.find((r) => el.matches(r.selector)) ?? null;
