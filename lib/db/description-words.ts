// What a stored listing keeps of its description (schema v4): the opening words as written,
// for the views, the exports and the dashboard's search, then only the words the rules and the
// taxonomy can match (as the engine stems them; a break stands for the words left out, so no
// phrase forms that was not there) and any passage the Connects advisor's scam phrases match.
// Kept only when it labels exactly as the whole description does; otherwise the whole
// description is kept. Descriptions are most of a listing's bytes: this keeps a relabel after
// the user changes rules (rules switched off, keyword rules on the same vocabulary) faithful.
import { SCAM_PHRASES } from '../connects/scam-phrases';
import type { Listing } from '../model/listing';
import { labelWith } from '../rules/engine';
import { RULES } from '../rules/rules';
import { BREAK, words } from '../taxonomy/text';
import { VOCABULARY } from '../taxonomy/vocabulary';

/** The engine reads this many characters of a description (lib/taxonomy/listing-words.ts). */
export const DESCRIPTION_READ = 4000;
/** Characters kept as written at the start: about what a search tile shows. */
const OPENING = 160;
/** Marks where the opening ends and the matched words begin, in views and exports. */
export const ELLIPSIS = ' … | ';

let vocabulary: Set<string> | null = null;
function matchable(): Set<string> {
  if (vocabulary) return vocabulary;
  const phrases: string[] = [];
  for (const rule of RULES) for (const c of rule.when) if ('words' in c) phrases.push(c.words);
  for (const lists of Object.values(VOCABULARY)) phrases.push(...Object.values(lists));
  vocabulary = new Set(phrases.flatMap((list) => list.split('|').flatMap((p) => words(p))));
  vocabulary.delete(BREAK);
  return vocabulary;
}

function opening(text: string): string {
  if (text.length <= OPENING) return text;
  const cut = text.lastIndexOf(' ', OPENING);
  return text.slice(0, cut > OPENING / 2 ? cut : OPENING);
}

/** The shorter description, or null when it would not label as the whole one does. */
export function compactDescription(listing: Listing): string | null {
  const whole = listing.description;
  // Already kept this way (a listing read back and stored again): stemming its stems again
  // could change them, so it stays as it is.
  if (!whole || whole.length <= OPENING || whole.includes(ELLIPSIS)) return null;
  const read = whole.slice(0, DESCRIPTION_READ);
  const head = opening(read);
  const vocab = matchable();
  const kept: string[] = [];
  for (const stem of words(read.slice(head.length))) {
    const keep = stem !== BREAK && vocab.has(stem);
    if (keep) kept.push(stem);
    else if (kept.length && kept[kept.length - 1] !== BREAK) kept.push(BREAK);
  }
  const scams = SCAM_PHRASES.flatMap((s) => s.pattern.exec(read)?.[0] ?? []);
  const compact = [head, kept.join(' '), ...scams].join(ELLIPSIS).trimEnd();
  if (compact.length >= read.length) return null;
  const same = JSON.stringify(labelWith({ ...listing, description: compact })) === JSON.stringify(labelWith(listing));
  return same ? compact : null;
}
