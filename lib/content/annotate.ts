// Reads listing elements and gives each a waiting badge: the page's share of the work, kept
// to DOM reads and a few element creations. Each element once.
import type { ListingInput, Platform } from '../model/listing';
import type { Pill } from '../model/view';
import type { ParseContext, SiteReader } from '../model/site';
import { Badge } from './badge';
import { applyFilter } from './filter';

export const ID_ATTR = 'data-giglens-id';
export const RISK_ATTR = 'data-giglens-risk';

export interface Item {
  element: Element;
  platform: Platform;
  id: string;
  badge: Badge;
  /** Read in the page's first pass: the page's embedded state describes it. */
  firstPass: boolean;
}

/** Elements already handled (read or failed): a re-render that keeps the element does not
 *  make a second badge, and a broken tile is not re-read on every mutation. */
const handled = new WeakSet<Element>();

export interface ReadResult {
  /** Elements taken from the front of the list (all of them unless the deadline came). */
  consumed: number;
  found: number;
  items: Item[];
  /** What the page read of each item, to send once (the page keeps none of it). */
  inputs: ListingInput[];
}

export function readElements(
  elements: readonly Element[],
  site: SiteReader,
  ctx: ParseContext,
  firstPass: boolean,
  listener: EventListenerObject,
  deadline = Infinity,
): ReadResult {
  const out: ReadResult = { consumed: 0, found: 0, items: [], inputs: [] };
  for (const element of elements) {
    if (out.consumed > 0 && performance.now() > deadline) break;
    out.consumed++;
    if (handled.has(element) || element.hasAttribute(ID_ATTR)) continue;
    handled.add(element);
    out.found++;
    const input = site.readListing(element, ctx);
    if (!input || typeof input.id !== 'string') continue;
    const badge = new Badge(site.badgeSlot(element), site.platform, listener);
    out.items.push({ element, platform: site.platform, id: input.id, badge, firstPass });
    out.inputs.push(input);
  }
  return out;
}

/** The background's pill for an item: its key and band on the element, its words on the
 *  badge; null means the background refused what the page read, so the badge goes. */
export function applyPill(item: Item, pill: Pill | null): void {
  if (!pill) {
    // Still handled: the same element is not read again on the next mutation.
    item.badge.remove();
    item.element.removeAttribute(ID_ATTR);
    item.element.removeAttribute(RISK_ATTR);
    return;
  }
  if (item.element.getAttribute(ID_ATTR) !== pill.key) item.element.setAttribute(ID_ATTR, pill.key);
  if (item.element.getAttribute(RISK_ATTR) !== pill.risk) item.element.setAttribute(RISK_ATTR, pill.risk);
  item.badge.update(pill);
}

/** Undo a listing's annotation (a site switched off) so it can be annotated again later. */
export function unannotate(item: Item): void {
  item.badge.remove();
  applyFilter(item.element, null);
  item.element.removeAttribute(ID_ATTR);
  item.element.removeAttribute(RISK_ATTR);
  handled.delete(item.element);
}
