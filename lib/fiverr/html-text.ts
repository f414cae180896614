// Plain text of a gig description, from the page's DOM or from the HTML string its JSON holds;
// both read alike, with blocks (paragraphs, list items, line breaks) kept apart by a space.
// The JSON string never becomes DOM: nothing in it is parsed as markup, loaded or run.
import { clean } from './values';

const BLOCK = /^(p|div|li|ul|ol|br|h[1-6]|blockquote|pre|tr|td|section|article)$/i;
const BLOCK_TAG = /<\/?(p|div|li|ul|ol|br|h[1-6]|blockquote|pre|tr|td|section|article)\b[^>]*>/gi;

/** textContent with a space at every block boundary ("<p>a</p><p>b</p>" → "a b"). */
export function blockText(el: Element | null): string | null {
  if (!el) return null;
  const parts: string[] = [];
  // firstChild/nextSibling, not childNodes: reading childNodes leaves a cached live NodeList on
  // each node in Chromium, kept as long as the page keeps the node.
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const block = BLOCK.test((child as Element).tagName);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el);
  return clean(parts.join(''));
}

// The entities Fiverr's rich-text editor writes; others stay as written.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', hellip: '…', mdash: '—', ndash: '–', bull: '•',
};

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return Object.hasOwn(NAMED, ref) ? NAMED[ref]! : whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Tags dropped, entities decoded, whitespace collapsed, as textContent would read it. */
export function htmlToText(html: string | null | undefined): string | null {
  if (!html) return null;
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '').replace(BLOCK_TAG, ' ').replace(/<[^>]*>/g, '');
  return clean(decode(text));
}
