// Pure text readers for Upwork's wording. Each takes the visible text of one field and
// returns a contract value, or null when the words are not the ones Upwork uses.
import type { Experience } from '../model/listing';

/** Collapses whitespace (tiles mix text nodes and highlight spans with newlines). */
export const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Selector variants of one field, newest era first. */
export type Variants = readonly string[];

/** The first element matched by the first variant that matches anything. */
export function pick(root: ParentNode, variants: Variants): Element | null {
  for (const v of variants) {
    const el = root.querySelector(v);
    if (el) return el;
  }
  return null;
}

/** Every element of the first variant that matches anything. */
export function pickAll(root: ParentNode, variants: Variants): Element[] {
  for (const v of variants) {
    const els = root.querySelectorAll(v);
    if (els.length) return [...els];
  }
  return [];
}

/** The visible text of `pick(root, variants)`, or null when absent or blank. */
export function textOf(root: ParentNode, variants: Variants): string | null {
  const t = clean(pick(root, variants)?.textContent);
  return t || null;
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** "$6K+" → 6000, "$1.5M+" → 1500000, "$2,000.00" → 2000; null when there is no amount. */
export function parseMoney(s: string | null | undefined): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*([kmb])?/i.exec(s ?? '');
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(/,/g, '')) * (m[2] ? (SCALE[m[2].toLowerCase()] ?? 1) : 1);
  return Number.isFinite(n) && n < 1e9 ? n : null;
}

/** All amounts in a text, in order ("$15.00 - $30.00" → [15, 30]). */
export function moneyAll(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/\d[\d,]*(?:\.\d+)?\s*[kmb]?(?![\w])/gi)) {
    const n = parseMoney(m[0]);
    if (n !== null) out.push(n);
  }
  return out;
}

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR' };

/** Upwork shows jobs in US dollars; other symbols are kept if a page ever shows them. */
export const currencyOf = (s: string): string => {
  const m = /[$€£₹]/.exec(s);
  return m ? (CURRENCY[m[0]] ?? 'USD') : 'USD';
};

/** "Entry level", "Intermediate", "Expert", "Expert level", "$$$" tiers of the old feed. */
export function parseExperience(s: string | null | undefined): Experience | null {
  const t = clean(s).toLowerCase();
  if (/entry/.test(t)) return 'entry';
  if (/intermediate/.test(t)) return 'intermediate';
  if (/expert/.test(t)) return 'expert';
  return null;
}

/** "Proposals: 10 to 15" → {10, 15}; "50+" → {50, null}; "Less than 5" → {0, 4}. */
export function parseProposals(s: string | null | undefined): { min: number; max: number | null } | null {
  const t = clean(s).toLowerCase();
  let m = /less than\s*(\d+)/.exec(t);
  if (m?.[1]) return { min: 0, max: Math.max(0, Number(m[1]) - 1) };
  m = /(\d+)\s*(?:to|-|–)\s*(\d+)/.exec(t);
  if (m?.[1] && m[2]) return { min: Number(m[1]), max: Number(m[2]) };
  m = /(\d+)\s*\+/.exec(t);
  if (m?.[1]) return { min: Number(m[1]), max: null };
  return null;
}

/** The first whole number in a text ("Interviewing: 3" → 3, "1,204 reviews" → 1204). */
export function parseCount(s: string | null | undefined): number | null {
  const m = /\d[\d,]*/.exec(s ?? '');
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isSafeInteger(n) && n < 1e9 ? n : null;
}

/** "Rating is 4.89 out of 5." / "4.89 Stars, based on 35 feedbacks" / "4.99 of 11 reviews". */
export function parseRating(s: string | null | undefined): number | null {
  const m = /(\d(?:\.\d+)?)/.exec(clean(s));
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return n >= 0 && n <= 5 ? n : null;
}

/** "Payment verified" vs "Payment unverified" / "Payment method not verified". */
export function parseVerified(s: string | null | undefined): boolean | null {
  const t = clean(s).toLowerCase();
  if (!t) return null;
  if (/unverified|not verified/.test(t)) return false;
  if (/verified/.test(t)) return true;
  return null;
}

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION']);
const BR = '\u0000';
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON', 'SVG', 'svg', 'NOSCRIPT']);

/** Text with the page's line breaks kept (`<br>`, paragraphs, list items), spaces
 *  collapsed within lines. Used for descriptions, which users read as paragraphs. */
export function richText(el: Element | null): string | null {
  if (!el) return null;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      else if (n.nodeType === 1) {
        const tag = (n as Element).tagName;
        // matches(), not classList: the first classList of an element makes a token list the
        // element keeps for the life of the page, and this visits every element of a description.
        if (SKIP.has(tag) || (n as Element).matches('.sr-only')) continue;
        if (tag === 'BR') parts.push(BR);
        else if (BLOCK.has(tag)) {
          parts.push('\n');
          walk(n);
          parts.push('\n');
        } else walk(n);
      }
    }
  };
  walk(el);
  const text = parts
    .join('')
    // 2024 descriptions are nl2br output ("<br>\n"): the source newline after a <br> is
    // collapsed by the browser; 2026 ones are pre-line text where every newline shows.
    .replace(/\u0000[^\S\n]*\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || null;
}
