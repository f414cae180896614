// The badge beside each listing: a pill with the risk band (and on Upwork the Connects
// verdict and a star) in its own shadow root. Words and state come from the background (a
// Pill); the panel is built only when the user opens it, from a view tree the background sends.
// One click listener object serves every badge of the page: a badge costs its elements only.
// Each element costs the page about 1 KB of layout and text objects, so a badge makes only
// what it shows: the verdict is a run inside the pill's button (pressing either opened the
// panel anyway: one control, one tab stop), and the star ☆ is made when the pointer or the
// keyboard comes to the badge; a saved listing's ★ is always there.
import type { Pill, PanelView } from '../model/view';
import type { BadgeSlot } from '../model/site';
import { PILL_CSS } from './pill-css';
import { renderView } from './render-view';
import { pageStyle } from './page-style';
import { sharedSheet, type SharedSheet } from './shared-sheet';

export const BADGE_TAG = 'giglens-badge';
const ensurePillStyle = pageStyle(PILL_CSS);
let panelSheet: SharedSheet | null = null;

export interface BadgeActions {
  /** The pill or verdict was pressed: the panel opened (true) or closed. */
  toggled(badge: Badge, open: boolean): void;
  star(badge: Badge, saved: boolean): void;
  /** A panel button: an outcome status, or null to clear it; what the user typed as spent. */
  outcome(badge: Badge, status: string | null, connects: number | null): void;
}

const badges = new WeakMap<EventTarget, Badge>();

/** Writes a property only when the element does not already have that value: even the same
 *  text written again replaces the text node, and the page lays out and paints once more. */
function set<E extends HTMLElement, K extends 'textContent' | 'title' | 'dir' | 'lang' | 'hidden'>(el: E, key: K, value: E[K]): void {
  if (el[key] !== value) el[key] = value;
}

function attr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function button(cls: string, part: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.setAttribute('part', part);
  return b;
}

/** The parts of a pill-shaped button (pill-css.ts): its kind, its colour, its direction. */
const parts = (kind: string, colour: string, dir: string | undefined) => `b ${kind} ${colour}${dir === 'rtl' ? ' rtl' : ''}`;

export class Badge {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly main: HTMLButtonElement;
  /** The band's words: the pill's first text, before the verdict's run. */
  readonly band: Text;
  verdict: HTMLElement | null = null;
  star: HTMLButtonElement | null = null;
  fit: HTMLElement | null = null;
  panel: HTMLElement | null = null;
  pill: Pill | null = null;

  constructor(slot: BadgeSlot, platform: string, listener: EventListenerObject) {
    this.host = document.createElement(BADGE_TAG);
    this.host.setAttribute('site', platform);
    this.root = this.host.attachShadow({ mode: 'open' });
    ensurePillStyle();
    this.main = this.root.appendChild(button('pill', parts('pill', 'r-wait', undefined)));
    this.band = this.main.appendChild(document.createTextNode('…'));
    this.main.setAttribute('aria-expanded', 'false');
    // Tiles open the job on click; a click on the badge is for the badge only.
    this.host.addEventListener('click', listener);
    badges.set(this.host, this);
    watchApproach();
    slot.parent.insertBefore(this.host, slot.before);
  }

  get open(): boolean {
    return this.host.hasAttribute('open');
  }

  update(pill: Pill | null): void {
    const was = this.pill;
    this.pill = pill;
    // Only what changed is touched: a pill re-sent with the same words costs nothing, and a
    // pill the tab remembered (pill-cache.ts) is not painted a second time when the
    // background's reply, the same words, comes after a reply without the verdict and star.
    if (was?.risk !== pill?.risk || was?.dir !== pill?.dir) attr(this.main, 'part', parts('pill', `r-${pill?.risk ?? 'unknown'}`, pill?.dir));
    const words = pill?.text ?? '…';
    if (this.band.data !== words) this.band.data = words;
    if (was?.title !== pill?.title) set(this.main, 'title', pill?.title ?? '');
    // Urdu words read right to left inside the pill; the badge itself stays where the page put it.
    if (was?.lang !== pill?.lang) {
      set(this.host, 'lang', pill?.lang ?? '');
      set(this.main, 'dir', pill?.dir ?? '');
    }
    const v = pill?.verdict;
    if (v && (v.code !== was?.verdict?.code || v.text !== was?.verdict?.text)) {
      if (!this.verdict) {
        this.verdict = this.main.appendChild(document.createElement('span'));
        this.verdict.className = 'verdict';
      }
      attr(this.verdict, 'part', parts('verdict', `v-${v.code}`, pill?.dir));
      set(this.verdict, 'textContent', v.text);
      set(this.verdict, 'dir', pill?.dir ?? '');
    }
    // "fit 4/6", the sentence it abbreviates as its tooltip; hidden again when the fit is unknown.
    const f = pill?.fit;
    if (f?.text !== was?.fit?.text) {
      this.host.toggleAttribute('fit', !!f);
      if (!this.fit) {
        this.fit = this.root.insertBefore(document.createElement('abbr'), this.star ?? this.panel);
        this.fit.setAttribute('part', 'fit');
      }
      set(this.fit, 'hidden', !f);
      set(this.fit, 'textContent', f?.text ?? '');
      set(this.fit, 'title', f?.title ?? '');
      set(this.fit, 'dir', pill?.dir ?? '');
    }
    // The pointer may have come to the badge before the background stored the listing.
    if (pill?.star?.saved || this.star || approached === this) this.showStar();
  }

  /** The star, made when first needed: saved, or the user came to the badge to save it. */
  showStar(): void {
    const s = this.pill?.star;
    if (!s) return;
    this.star ??= this.root.insertBefore(button('star', 'star'), this.panel);
    set(this.star, 'textContent', s.saved ? '★' : '☆');
    attr(this.star, 'aria-pressed', String(s.saved));
    attr(this.star, 'aria-label', s.saved ? s.unsave : s.save);
  }

  toggle(): boolean {
    const next = !this.open;
    this.host.toggleAttribute('open', next);
    this.main.setAttribute('aria-expanded', String(next));
    if (this.panel) this.panel.hidden = !next;
    return next;
  }

  showPanel(view: PanelView): void {
    panelSheet ??= sharedSheet(view.css);
    if (!this.panel) {
      panelSheet.applyTo(this.root);
      this.panel = this.root.appendChild(document.createElement('div'));
    }
    this.panel.replaceChildren(renderView(view.tree));
    this.panel.hidden = !this.open;
    this.update(view.pill);
  }

  remove(): void {
    this.host.remove();
  }
}

/** The pointer or keyboard focus coming to a badge makes its star. One pair of listeners for
 *  the page, not one per badge: events from inside a badge reach the document as its host's. */
let watching = false;
/** The badge the pointer or focus came to last. */
let approached: Badge | undefined;
function watchApproach(): void {
  if (watching) return;
  watching = true;
  const approach = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.localName !== BADGE_TAG) return;
    approached = badges.get(target);
    approached?.showStar();
  };
  document.addEventListener('pointerover', approach, { capture: true, passive: true });
  document.addEventListener('focusin', approach, { capture: true, passive: true });
}

/** The page's one click listener for all its badges. */
export function badgeListener(actions: BadgeActions): EventListenerObject {
  return {
    handleEvent(event) {
      event.stopPropagation();
      const badge = badges.get(event.currentTarget!);
      const target = event.composedPath()[0];
      const pressed = target instanceof Element ? target.closest('button') : null;
      if (!badge || !pressed) return;
      if (pressed === badge.main) return actions.toggled(badge, badge.toggle());
      if (pressed === badge.star) return actions.star(badge, !badge.pill?.star?.saved);
      const status = pressed.getAttribute('data-status');
      if (!status && pressed.getAttribute('data-action') !== 'outcome-clear') return;
      const spent = (badge.panel?.querySelector('input[name="connects"]') as HTMLInputElement | null)?.value.trim() ?? '';
      actions.outcome(badge, status, /^\d{1,3}$/.test(spent) ? Number(spent) : null);
    },
  };
}
