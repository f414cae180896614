// Which listing elements each page kind shows, and the reader for each element shape.
// A job panel page shows the feed or search tiles behind the panel plus the panel itself.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import type { UpworkPageKind } from './page-kinds';
import { search } from './selectors';
import { readSearchTile } from './tile-search';

export interface ListingReader {
  /** Simple CSS selectors of the element this reader reads. */
  selector: string;
  read(el: Element, ctx: ParseContext): ListingInput | null;
}

const searchTile: ListingReader = { selector: search.tile.join(', '), read: readSearchTile };

export const READERS_BY_KIND: Record<UpworkPageKind, readonly ListingReader[]> = {
  search: [searchTile],
  feed: [searchTile],
  'feed-2026': [],
  job: [],
  'job-panel': [searchTile],
  'public-job': [],
};

export const ALL_READERS: readonly ListingReader[] = [searchTile];

/** The reader for an element, whatever page it sits on. */
export const readerFor = (el: Element): ListingReader | null =>
  ALL_READERS.find((r) => el.matches(r.selector)) ?? null;
