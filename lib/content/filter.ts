// The user's filters in the page: a faded tile keeps everything at lower opacity (full again
// under the pointer or keyboard focus); a folded tile keeps one line of ours (title, band, why,
// "Show") and the page's own children stay in place, hidden by one stylesheet rule. Nothing of
// the page is removed or moved, so its clicks, focus and infinite scroll keep working, and
// taking the attribute off restores the tile exactly.
import type { PillFilter } from '../model/view';
import { pageStyle } from './page-style';

export const FILTER_ATTR = 'data-giglens-filter';
const FOLD_TAG = 'giglens-fold';
const PAGE_CSS =
  `[${FILTER_ATTR}=fade]{opacity:.4;transition:opacity .15s}` +
  `[${FILTER_ATTR}=fade]:hover,[${FILTER_ATTR}=fade]:focus-within{opacity:1}` +
  `[${FILTER_ATTR}=fold]>:not(${FOLD_TAG}){display:none!important}`;
const FOLD_CSS =
  ':host{display:block;contain:content;font:13px/1.4 system-ui,sans-serif;color:#333}' +
  '.f{display:flex;gap:.6em;align-items:center;padding:.35em .5em;border:1px dashed #bbb;border-radius:6px;background:#fafafa}' +
  '.t{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:600}' +
  '.r{color:#555;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:45%}' +
  'button{font:inherit;border:1px solid #888;border-radius:4px;background:#fff;padding:0 .6em;cursor:pointer}' +
  'button:focus-visible{outline:2px solid #1a5fb4;outline-offset:1px}' +
  '@media (prefers-color-scheme:dark){:host{color:#eee}.f{background:#222;border-color:#555}.r{color:#bbb}button{background:#333;color:#eee}}';

const ensurePageStyle = pageStyle(PAGE_CSS);

/** Tiles the user chose to see ("Show", or "show all on this tab"): not filtered again until
 *  the rules change. */
let shownByUser = new WeakSet<Element>();
let showAllOnTab = false;
const folds = new WeakMap<Element, { host: HTMLElement; words: string }>();

/** Folded tiles' "Show" buttons, one listener for the page. */
const foldListener: EventListenerObject = {
  handleEvent(event) {
    event.stopPropagation();
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !target.closest('button')) return;
    const tile = (event.currentTarget as Element).parentElement;
    if (!tile) return;
    shownByUser.add(tile);
    applyFilter(tile, null);
    // Keyboard users land on the tile's first link, not at the top of the page.
    (tile.querySelector('a[href]') as HTMLElement | null)?.focus();
  },
};

function foldLine(filter: PillFilter, band: string): HTMLElement {
  const host = document.createElement(FOLD_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = FOLD_CSS;
  const line = document.createElement('div');
  line.className = 'f';
  const title = line.appendChild(document.createElement('bdi'));
  title.className = 't';
  title.textContent = filter.heading;
  const reason = line.appendChild(document.createElement('span'));
  reason.className = 'r';
  reason.textContent = `${band} · ${filter.reason}`;
  const show = line.appendChild(document.createElement('button'));
  show.type = 'button';
  show.textContent = filter.show;
  root.append(style, line);
  host.addEventListener('click', foldListener);
  return host;
}

/** Fades, folds or restores one tile; `band` is the pill's words ("AI risk: High · 72"). */
export function applyFilter(element: Element, filter: PillFilter | null | undefined, band = ''): void {
  const want = filter && !showAllOnTab && !shownByUser.has(element) ? filter.action : null;
  const fold = folds.get(element);
  const words = want === 'fold' ? `${filter!.heading}\n${band}\n${filter!.reason}` : '';
  if (fold && (want !== 'fold' || fold.words !== words || !fold.host.isConnected)) {
    fold.host.remove();
    folds.delete(element);
  }
  if (!want) {
    element.removeAttribute(FILTER_ATTR);
    return;
  }
  ensurePageStyle();
  if (want === 'fold' && !folds.has(element)) {
    const host = foldLine(filter!, band);
    folds.set(element, { host, words });
    element.prepend(host);
  }
  if (element.getAttribute(FILTER_ATTR) !== want) element.setAttribute(FILTER_ATTR, want);
}

/** "Show all on this tab" (until the rules change or the page is left). */
export function showAll(elements: Iterable<Element>): void {
  showAllOnTab = true;
  for (const element of elements) applyFilter(element, null);
}

/** The rules changed: what the user showed by hand may be filtered again. */
export function resetShown(): void {
  showAllOnTab = false;
  shownByUser = new WeakSet();
}

export function filteredCount(elements: Iterable<Element>): { faded: number; folded: number } {
  let faded = 0;
  let folded = 0;
  for (const element of elements) {
    const f = element.getAttribute(FILTER_ATTR);
    if (f === 'fade') faded++;
    else if (f === 'fold') folded++;
  }
  return { faded, folded };
}
