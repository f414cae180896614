// The content script of either site: read the page kind, observe listing elements, read each
// once and give it a waiting badge, then ask the background for labels (fast) and store what
// was seen (with trend and advice); start again on in-page navigation or when the user switches
// the site on. Everything hangs on an AbortSignal that ends with the page (or the extension).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteReader } from '../model/site';
import type { MessageInput, PageInfo, Reply } from '../messaging/messages';
import { sendMessage } from '../messaging/send';
import { PAGE_PORT } from '../messaging/port-name';
import { readElements, unannotate, type Item } from './annotate';
import { resetShown } from './filter';
import { answerFilterQueries } from './filter-status';
import { deliver, type Delivery } from './deliver';
import { observeElements } from './observe-elements';
import { onNavigation } from './on-navigation';
import { forgetPills } from './pill-cache';
import { portChannel, type PortLike } from './page-channel';
import { loadPageSettings, watchPageSettings, type PageSettings } from './page-settings';

/** Main-thread time one slice of reading may take before it yields to the page. The batch's
 *  post on the port follows the last tile read, so a slice runs a little past this; 6 ms keeps
 *  the whole slice well inside a 16 ms frame (at most 9 ms of thread time on the saved pages). */
const SLICE_MS = 6;

export async function runContentScript(ctx: ContentScriptContext, site: SiteReader): Promise<void> {
  let settings = await loadPageSettings(site.platform);
  const shown = new Set<Item>();
  let page: AbortController | null = null;
  let delivery: Delivery | null = null;
  const start = () => {
    page?.abort();
    page = new AbortController();
    delivery = settings.enabled ? readPage(site, AbortSignal.any([ctx.signal, page.signal]), () => settings, shown) : null;
  };
  const unwatch = watchPageSettings(site.platform, (next) => {
    const was = settings;
    settings = next;
    // Rules, filters or language may have changed: no remembered pill is shown again.
    forgetPills();
    if (was.enabled && !next.enabled) {
      for (const item of shown) unannotate(item);
      shown.clear();
    }
    if (was.enabled !== next.enabled) start();
    // Any other change (rules, filters, currency) may change labels, advice or filtering;
    // tiles the user showed by hand are filtered again under the new rules.
    else {
      resetShown();
      void delivery?.relabel();
    }
  });
  ctx.onInvalidated(unwatch);
  ctx.onInvalidated(answerFilterQueries(shown));
  onNavigation(ctx, start);
  start();
}

/** Reads one page (until the signal aborts). `post` and `url` are the browser's unless a test
 *  gives its own (the background's handler, a saved page's URL). */
export function readPage(
  site: SiteReader,
  signal: AbortSignal,
  settings: () => PageSettings,
  shown: Set<Item>,
  post: (message: MessageInput) => Promise<Reply> = sendMessage,
  url = new URL(location.href),
  connect: () => PortLike = () => browser.runtime.connect({ name: PAGE_PORT }) as unknown as PortLike,
): Delivery | null {
  const kind = site.pageKind(url);
  const health = { found: 0, parsed: 0 };
  const info = (status: PageInfo['status']): PageInfo => ({
    platform: site.platform,
    kind: kind ?? 'unknown',
    status,
    health: { ...health },
    url: url.href,
  });
  if (site.isBlocked(document)) {
    void post({ type: 'page', page: info('blocked') }).catch(() => undefined);
    return null;
  }
  const selector = kind ? site.listingSelector(kind) : null;
  if (!selector) return null;

  const send = (message: MessageInput): Promise<Reply> =>
    post(message).catch((error: unknown) => ({ ok: false, reason: 'storage', error: String(error) }) as const);
  const channel = portChannel(connect, signal);
  const state = site.stateTexts(document);
  channel.setState(state);
  const delivery = deliver({
    site,
    kind: kind ?? 'unknown',
    info: () => info('ok'),
    hasState: state.length > 0,
    request: send,
    channel,
    shown,
    settings,
    health,
  });
  const parseCtx = { url, doc: document };
  // Elements waiting to be read, with whether the page's embedded state describes them.
  const pending: Element[] = [];
  const fromState = new WeakSet<Element>();
  const drain = () => {
    if (signal.aborted) return;
    const firstPass = fromState.has(pending[0]!);
    const { consumed, found, items, inputs } = readElements(pending, site, parseCtx, firstPass, delivery.listener, performance.now() + SLICE_MS);
    pending.splice(0, consumed);
    health.found += found;
    health.parsed += items.length;
    if (items.length) delivery.deliver(items, inputs);
    if (pending.length) setTimeout(drain, 0);
  };
  observeElements(
    document.body,
    selector,
    (elements, initial) => {
      const idle = pending.length === 0;
      if (initial) for (const el of elements) fromState.add(el);
      pending.push(...elements);
      if (idle) drain();
    },
    signal,
    'giglens-',
  );
  return delivery;
}
