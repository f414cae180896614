// What the background sends the page to show: the pill's words and state, and the panel as
// a plain tree of elements and text. The page renders a tree with a few lines of DOM code
// (lib/content/render-view.ts), so it carries no formatters, evidence, words or framework.
import type { RiskAttr } from './label';

/** A text, or an element: tag, attributes, children. Text is always text, never markup. */
export type ViewNode = string | ViewElement;
export type ViewElement = [tag: string, attrs: Record<string, string> | null, ...children: ViewNode[]];

export type VerdictCode = 'worth-it' | 'think-twice' | 'skip';

export interface Pill {
  /** `platform:id`, what `data-giglens-id` carries. */
  key: string;
  /** What `data-giglens-risk` carries. */
  risk: RiskAttr;
  /** The pill's words ("AI risk: High · 72") and its tooltip. */
  text: string;
  title: string;
  /** The language of the words, so the badge reads right in an English page (optional: a
   *  pill from an older background has none). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Upwork jobs, once the background has stored them: the Connects verdict. */
  verdict: { code: VerdictCode; text: string } | null;
  /** Once stored: whether the user saved it, and the star button's label either way. */
  star: { saved: boolean; save: string; unsave: string } | null;
  /** The user's filter rules fade or fold this listing (lib/filters): why, in words. */
  filter?: PillFilter | null;
  /** The listing's skills against the user's profile, when both are known (optional: a pill
   *  from an older background has none). */
  fit?: PillFit | null;
}

/** "fit 4/6" on the pill, and the sentence it abbreviates for its tooltip. */
export interface PillFit {
  text: string;
  title: string;
}

export interface PillFilter {
  action: 'fade' | 'fold';
  /** "Folded by your filter: AI risk very high or higher". */
  reason: string;
  /** The listing's title, for the one line a folded tile keeps. */
  heading: string;
  /** The button that shows a folded tile again. */
  show: string;
}

export interface PanelView {
  pill: Pill;
  tree: ViewElement;
  /** The panel's stylesheet: sent with the panel, never carried by the page. */
  css: string;
}

type Child = ViewNode | false | null | undefined;

/** Builds a view element the way JSX would: absent children (false, null, '') are left out
 *  (spread lists: `h('ul', null, ...items.map(item))`), attributes that are undefined or
 *  false are dropped. */
export function h(tag: string, attrs: Record<string, string | number | boolean | undefined> | null, ...children: Child[]): ViewElement {
  let set: Record<string, string> | null = null;
  if (attrs) {
    set = {};
    for (const [name, value] of Object.entries(attrs)) if (value !== undefined && value !== false) set[name] = String(value);
  }
  const kept = children.filter((c): c is ViewNode => c !== false && c !== null && c !== undefined && c !== '');
  return [tag, set, ...kept];
}
