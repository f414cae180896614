// The content script of either site: read the page kind, observe listing elements, annotate
// each once, store what was seen; start again on in-page navigation. Everything hangs on an
// AbortSignal that ends with the page (or the extension).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { labelListing } from '../label/label-listing';
import { listingKey, type Listing } from '../model/listing';
import type { SiteAdapter } from '../model/site';
import type { PageInfo } from '../messaging/messages';
import { sendMessage } from '../messaging/send';
import { annotate, type Annotated } from './annotate';
import { createBatchSender } from './batch-sender';
import { observeElements } from './observe-elements';
import { onNavigation } from './on-navigation';

export function runContentScript(ctx: ContentScriptContext, site: SiteAdapter): void {
  let page: AbortController | null = null;
  const start = () => {
    page?.abort();
    page = new AbortController();
    readPage(site, AbortSignal.any([ctx.signal, page.signal]));
  };
  onNavigation(ctx, start);
  start();
}

function readPage(site: SiteAdapter, signal: AbortSignal): void {
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
  const byKey = new Map<string, Annotated>();
  const health = { found: 0, parsed: 0 };
  const star = (listing: Listing, saved: boolean) => {
    void sendMessage({ type: 'star', platform: listing.platform, id: listing.id, saved }).then((reply) => {
      const item = byKey.get(listingKey(listing));
      if (!reply.ok || !item) return;
      item.insight = item.insight ? { ...item.insight, saved } : null;
      rerender(item);
    });
  };

  observeElements(
    document.body,
    selector,
    (elements) => {
      const result = annotate(elements, site, { url, doc: document }, labelListing, star);
      health.found += result.found;
      health.parsed += result.annotated.length;
      if (result.annotated.length === 0 && result.found === 0) return;
      for (const item of result.annotated) byKey.set(listingKey(item.listing), item);
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
            rerender(item);
          }
        });
    },
    signal,
  );
}

function rerender(item: Annotated): void {
  item.badge.update({
    listing: item.listing,
    label: item.label,
    insight: item.insight,
    onStar: item.onStar,
  });
}
