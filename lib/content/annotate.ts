// Handles one batch of listing elements: parse, label, badge, mark. Each element once.
import type { Label } from '../model/label';
import { riskAttr } from '../model/label';
import { listingKey, type Listing } from '../model/listing';
import type { ParseContext, SiteAdapter } from '../model/site';
import type { ConnectsView } from '@/components/badge/Badge';
import type { ConnectsContext } from '../connects/context';
import type { ListingInsight } from '../messaging/messages';
import { mountBadge, type BadgeHandle } from './mount-badge';

export interface Annotated {
  element: Element;
  listing: Listing;
  label: Label | null;
  badge: BadgeHandle;
  /** What the background knows of it, once it has answered. */
  insight: ListingInsight | null;
  onStar: (saved: boolean) => void;
  /** Upwork: the Connects advice and the history it was made with. */
  connects: ConnectsView | null;
  context: ConnectsContext | null;
  /** Set when opening the panel should fetch the user's history first. */
  onOpen?: () => void;
}

export interface AnnotateResult {
  found: number;
  annotated: Annotated[];
}

export const ID_ATTR = 'data-giglens-id';
export const RISK_ATTR = 'data-giglens-risk';

/** Elements already handled (read or failed): a re-render that keeps the element does not
 *  make a second badge, and a broken tile is not re-parsed on every mutation. */
const handled = new WeakSet<Element>();

/** Undo a listing's annotation (a site switched off) so it can be annotated again later. */
export function unannotate(item: Annotated): void {
  item.badge.remove();
  item.element.removeAttribute(ID_ATTR);
  item.element.removeAttribute(RISK_ATTR);
  handled.delete(item.element);
}

export function annotate(
  elements: Element[],
  site: SiteAdapter,
  ctx: ParseContext,
  labelFor: (listing: Listing) => Label | null,
  onStar: (listing: Listing, saved: boolean) => void,
): AnnotateResult {
  const annotated: Annotated[] = [];
  let found = 0;
  for (const element of elements) {
    if (handled.has(element) || element.hasAttribute(ID_ATTR)) continue;
    handled.add(element);
    found++;
    const listing = site.parseListing(element, ctx);
    if (!listing) continue;
    let label: Label | null = null;
    try {
      label = labelFor(listing);
    } catch (error) {
      console.warn('GigLens: could not label', listingKey(listing), error);
    }
    element.setAttribute(ID_ATTR, listingKey(listing));
    element.setAttribute(RISK_ATTR, riskAttr(label));
    const star = (saved: boolean) => onStar(listing, saved);
    const badge = mountBadge(site.badgeSlot(element), { listing, label, insight: null, onStar: star });
    annotated.push({ element, listing, label, badge, insight: null, onStar: star, connects: null, context: null });
  }
  return { found, annotated };
}
