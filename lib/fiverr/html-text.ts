// Plain text of an HTML fragment held in JSON (a gig description), without creating any
// DOM from it: nothing in it is ever parsed as markup, loaded or run.
import { clean } from './values';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Tags dropped, entities decoded, whitespace collapsed, as textContent would read it. */
export function htmlToText(html: string | null | undefined): string | null {
  if (!html) return null;
  return clean(decode(html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<[^>]*>/g, '')));
}
