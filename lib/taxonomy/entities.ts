// HTML entities in listing text: titles from Upwork's API keep them (`&amp;`, `&#39;`). Read
// by a scan rather than a regular expression with a callback: this runs for every text of every
// listing, and most texts hold no entity (or an "&" that starts none: "Sales & Marketing").

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** What an entity stands for (`name` without "&" and ";"), or null to keep it as written. */
function entity(name: string): string | null {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? null;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : null;
}

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Where the entity at `at` ("&" there) ends, past its ";", or -1: "&name;", "&#digits;" or
 *  "&#xhex;" (what /&(#x?[\da-f]+|[a-z]+);/i matches; digits may be hex too, as there). */
function entityEnd(text: string, at: number): number {
  let i = at + 1;
  let c = text.charCodeAt(i);
  if (c === 0x23) {
    c = text.charCodeAt(++i);
    if ((c === 0x78 || c === 0x58) && isHex(text.charCodeAt(i + 1))) c = text.charCodeAt(++i);
    if (!isHex(c)) return -1;
    while (isHex(text.charCodeAt(i))) i++;
  } else {
    if (!isLetter(c)) return -1;
    while (isLetter(text.charCodeAt(i))) i++;
  }
  return text.charCodeAt(i) === 0x3b ? i + 1 : -1;
}

/** Titles from Upwork's API keep HTML entities (`&amp;`, `&#39;`). */
export function decodeEntities(text: string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    const end = entityEnd(text, at);
    if (end < 0) continue;
    const value = entity(text.slice(at + 1, end - 1));
    if (value === null) continue;
    out += text.slice(copied, at) + value;
    copied = end;
    at = end - 1;
  }
  return copied ? out + text.slice(copied) : text;
}
