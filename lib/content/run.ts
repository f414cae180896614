// The content script of either site: read the page kind, observe listing elements, annotate
// each once, store what was seen; start again on in-page navigation or when the user switches
// the site on. Everything hangs on an AbortSignal that ends with the page (or the extension).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { labelWith } from '../rules/engine';
import { riskAttr } from '../model/label';
import { listingKey, type Listing } from '../model/listing';
import type { SiteAdapter } from '../model/site';
import type { PageInfo } from '../messaging/messages';
import { sendMessage } from '../messaging/send';
import { loadSettings, watchSettings } from '../settings/settings-store';
import type { Settings } from '../settings/settings-schema';
import { annotate, RISK_ATTR, unannotate, type Annotated } from './annotate';
import { createBatchSender } from './batch-sender';
import { connectsView, JOB_KINDS, loadContext } from './connects';
import { applyDim } from './dim';
import { observeElements } from './observe-elements';
import { onNavigation } from './on-navigation';

export async function runContentScript(ctx: ContentScriptContext, site: SiteAdapter): Promise<void> {
  let settings = await loadSettings();
  const shown = new Set<Annotated>();
  let page: AbortController | null = null;
  const start = () => {
    page?.abort();
    page = new AbortController();
    if (settings.sites[site.platform].enabled) {
      readPage(site, AbortSignal.any([ctx.signal, page.signal]), () => settings, shown);
    }
  };
  const unwatch = watchSettings((next) => {
    const wasOn = settings.sites[site.platform].enabled;
    settings = next;
    if (wasOn && !next.sites[site.platform].enabled) {
      for (const item of shown) {
        applyDim(item.element, false);
        unannotate(item);
      }
      shown.clear();
    }
    if (wasOn !== next.sites[site.platform].enabled) start();
    else for (const item of shown) relabel(item, next);
  });
  ctx.onInvalidated(unwatch);
  onNavigation(ctx, start);
  start();
}

function readPage(site: SiteAdapter, signal: AbortSignal, settings: () => Settings, shown: Set<Annotated>): void {
  const url = new URL(location.href);
  const kind = site.pageKind(url);
  const info = (status: PageInfo['status'], found = 0, parsed = 0): PageInfo => ({
    platform: site.platform,
    kind: kind ?? 'unknown',
    status,
    health: { found, parsed },
    url: url.href,
  });
  if (site.isBlocked(document)) {
    void sendMessage({ type: 'page', page: info('blocked') });
    return;
  }
  const selector = kind ? site.listingSelector(kind) : null;
  if (!selector) return;

  const sender = createBatchSender(sendMessage, signal);
  const health = { found: 0, parsed: 0 };
  const star = async (listing: Listing, saved: boolean) => {
    const reply = await sendMessage({ type: 'star', platform: listing.platform, id: listing.id, saved });
    if (!reply.ok) return;
    for (const item of shown) {
      if (listingKey(item.listing) !== listingKey(listing) || !item.insight) continue;
      item.insight = { ...item.insight, saved };
      rerender(item, settings());
    }
  };

  observeElements(
    document.body,
    selector,
    (elements) => {
      const labelFor = (listing: Listing) => labelWith(listing, rulesOf(settings()));
      const result = annotate(elements, site, { url, doc: document }, labelFor, (l, s) => void star(l, s));
      health.found += result.found;
      health.parsed += result.annotated.length;
      if (result.found === 0) return;
      // Tiles the page removed (a feed re-rendering or recycling its list) are let go, or a
      // long infinite scroll would keep every tile, badge and listing it ever showed.
      for (const item of shown) if (!item.element.isConnected) shown.delete(item);
      for (const item of result.annotated) {
        shown.add(item);
        applyDim(item.element, settings().dimHighRisk);
      }
      void sender
        .send({
          page: info('ok', health.found, health.parsed),
          items: result.annotated.map(({ listing, label }) => ({ listing, label })),
        })
        .then((reply) => {
          if (!reply.ok) {
            console.warn(`GigLens (${site.platform} ${kind}): ${reply.error}`);
            return;
          }
          for (const item of result.annotated) {
            item.insight = reply.insights?.[listingKey(item.listing)] ?? null;
            if (site.platform === 'upwork') advise(item, settings(), JOB_KINDS.has(kind ?? ''));
            rerender(item, settings());
          }
        });
    },
    signal,
  );
}

const rulesOf = (settings: Settings) => ({
  disabledRules: settings.disabledRules,
  customRules: settings.customRules,
});

/** Settings changed: the user's rules may give another label, and dimming follows it. */
function relabel(item: Annotated, settings: Settings): void {
  item.label = labelWith(item.listing, rulesOf(settings));
  item.element.setAttribute(RISK_ATTR, riskAttr(item.label));
  if (item.connects) item.connects = connectsView(item, settings.connectsPriceUsd, item.context, () => rerender(item, settings));
  rerender(item, settings);
  applyDim(item.element, settings.dimHighRisk);
}

/** Advice from the listing now; with the user's history at once on a job page, else when
 *  the panel first opens (one history read per job the user looks into, not per tile). */
function advise(item: Annotated, settings: Settings, withHistory: boolean): void {
  const refresh = () => rerender(item, settings);
  item.connects = connectsView(item, settings.connectsPriceUsd, null, refresh);
  const fetchHistory = async () => {
    item.context = await loadContext(item);
    if (item.context) item.connects = connectsView(item, settings.connectsPriceUsd, item.context, refresh);
    refresh();
  };
  if (withHistory) void fetchHistory();
  else item.onOpen = () => void fetchHistory();
}

function rerender(item: Annotated, settings: Settings): void {
  item.badge.update({
    listing: item.listing,
    label: item.label,
    insight: item.insight,
    onStar: item.onStar,
    homeCurrency: settings.homeCurrency,
    connects: item.connects,
    onOpen: item.onOpen,
  });
}
