// What the page and the background say about the items read: a batch sent once on the page's
// port (pills when labelled, verdicts and stars when stored); a panel when the user opens one;
// pills again when the user's settings change.
import type { ListingInput } from '../model/listing';
import type { MessageInput, PageInfo, Reply } from '../messaging/messages';
import type { SiteReader } from '../model/site';
import type { Pill } from '../model/view';
import { applyPill, RISK_ATTR, type Item } from './annotate';
import { badgeListener, type Badge } from './badge';
import { applyFilter } from './filter';
import type { Channel } from './page-channel';
import type { PageSettings } from './page-settings';
import { cachedPill, rememberPill } from './pill-cache';

export interface DeliveryDeps {
  site: SiteReader;
  kind: string;
  info: () => PageInfo;
  /** The page has embedded state (given to the channel), for the items its first pass read. */
  hasState: boolean;
  channel: Channel;
  /** One request, one reply (panels, stars, relabelling). */
  request: (message: MessageInput) => Promise<Reply>;
  shown: Set<Item>;
  settings: () => PageSettings;
  health: { found: number; parsed: number };
}

export interface Delivery {
  listener: EventListenerObject;
  deliver(items: Item[], inputs: ListingInput[]): void;
  relabel(): Promise<void>;
}

/** Relabel requests carry at most this many keys (the background's schema allows 500). */
const CHUNK = 200;
/** Removed tiles are let go in a sweep once this many tiles, or a quarter of those shown, came
 *  since the last: checking every shown tile on every delivery made each new tile of a long
 *  scroll cost in proportion to the tiles before it. */
const SWEEP_MIN = 50;

export function deliver(d: DeliveryDeps): Delivery {
  const byBadge = new WeakMap<Badge, Item>();
  const open = new Set<Item>();
  /** Elements of one listing seen again in this view (an ad slot and its organic slot, a job
   *  in a panel and its tile): sent and counted once, all given the same pill. */
  const same = new Map<string, Item[]>();
  /** `refused`: a null pill means the background refused the listing (else: not stored). */
  const apply = (items: readonly Item[], pills: readonly (Pill | null)[] | undefined, refused = true) => {
    if (!pills) return;
    items.forEach((item, n) => {
      const pill = pills[n] ?? null;
      if (!pill && !refused) return;
      for (const one of same.get(item.id) ?? [item]) {
        if (!pill && d.shown.delete(one)) d.health.parsed--;
        applyPill(one, pill);
        applyFilter(one.element, pill?.filter, pill?.text);
      }
      rememberPill(cacheKey(item), pill);
    });
  };
  /** A tile the page removed is let go (a long infinite scroll keeps nothing of it). */
  const forget = (item: Item) => {
    d.shown.delete(item);
    open.delete(item);
    const group = same.get(item.id)?.filter((one) => one !== item);
    if (group?.length) same.set(item.id, group);
    else same.delete(item.id);
  };
  let addedSinceSweep = 0;
  const sweep = () => {
    for (const item of d.shown) if (!item.element.isConnected) forget(item);
    addedSinceSweep = 0;
  };
  /** The elements of a listing still on the page: one the page replaced (a re-render) is not
   *  the listing's first element any more, whenever the last sweep was. */
  const liveGroup = (id: string) => {
    for (const one of same.get(id) ?? []) if (!one.element.isConnected) forget(one);
    return same.get(id);
  };
  const keyOf = (item: Item) => ({ platform: item.platform, id: item.id });
  /** Pills are reused within one kind of page only: a job's own page reads more of it (the
   *  whole description, the client) than its search tile, and may label it otherwise. */
  const cacheKey = (item: Item) => `${d.kind} ${item.id}`;
  const panel = async (item: Item, outcome?: { status: string | null; connects: number | null }) => {
    const base = { page: d.info(), key: keyOf(item) };
    const reply = await d.request(
      outcome ? { type: 'panel-outcome', ...base, status: outcome.status as never, connects: outcome.connects } : { type: 'panel', ...base },
    );
    if (!reply.ok || !reply.panel) return;
    item.badge.showPanel(reply.panel);
    item.element.setAttribute(RISK_ATTR, reply.panel.pill.risk);
    rememberPill(cacheKey(item), reply.panel.pill);
  };
  const star = async (item: Item, saved: boolean) => {
    const reply = await d.request({ type: 'star', platform: item.platform, id: item.id, saved });
    if (!reply.ok) return;
    for (const other of d.shown) {
      const pill = other.badge.pill;
      if (other.id === item.id && pill?.star) other.badge.update({ ...pill, star: { ...pill.star, saved } });
    }
    const pill = item.badge.pill;
    if (pill) rememberPill(cacheKey(item), pill);
  };
  const listener = badgeListener({
    toggled(badge, isOpen) {
      const item = byBadge.get(badge);
      if (!item) return;
      if (isOpen) {
        open.add(item);
        void panel(item);
      } else open.delete(item);
    },
    star: (badge, saved) => void (byBadge.has(badge) && star(byBadge.get(badge)!, saved)),
    outcome: (badge, status, connects) => void (byBadge.has(badge) && panel(byBadge.get(badge)!, { status, connects })),
  });
  return {
    listener,
    deliver(items, inputs) {
      addedSinceSweep += items.length;
      if (addedSinceSweep >= Math.max(SWEEP_MIN, d.shown.size / 4)) sweep();
      const fresh: Item[] = [];
      const freshInputs: ListingInput[] = [];
      items.forEach((item, n) => {
        d.shown.add(item);
        byBadge.set(item.badge, item);
        const group = liveGroup(item.id);
        if (!group) {
          same.set(item.id, [item]);
          fresh.push(item);
          freshInputs.push(inputs[n]!);
          // Shown before in this tab: its band now, in this frame; the reply confirms it.
          const known = cachedPill(cacheKey(item));
          if (known) {
            applyPill(item, known);
            applyFilter(item.element, known.filter, known.text);
          }
          return;
        }
        group.push(item);
        const pill = group[0]!.badge.pill;
        if (pill) {
          applyPill(item, pill);
          applyFilter(item.element, pill.filter, pill.text);
        }
      });
      if (!fresh.length) return;
      // The first pass's items are described by the page's embedded state, sent ahead on the port.
      const portState = d.hasState && fresh.some((i) => i.firstPass);
      const body = { page: d.info(), items: freshInputs.map((listing) => ({ listing })), state: [], portState };
      void d.channel.send(body, (pills) => apply(fresh, pills)).then((reply) => {
        if (!reply.ok) console.warn(`GigLens (${d.site.platform} ${d.kind}): ${reply.error}`);
        else apply(fresh, reply.pills);
      });
    },
    async relabel() {
      const items = [...d.shown].filter((i) => i.element.isConnected);
      for (let i = 0; i < items.length; i += CHUNK) {
        const chunk = items.slice(i, i + CHUNK);
        const reply = await d.request({ type: 'relabel', page: d.info(), keys: chunk.map(keyOf) });
        if (reply.ok) apply(chunk, reply.pills, false);
      }
      for (const item of open) if (item.element.isConnected) void panel(item);
    },
  };
}
