// What a stored listing keeps of its description (schema v4): the opening words as written,
// for the views, the exports and the dashboard's search, then only the phrases of the rules and
// of the taxonomy found in the rest (as the engine stems them; a break stands for the words
// left out, so no phrase forms that was not there) and any passage the Connects advisor's scam
// phrases match.
// Kept only when it labels exactly as the whole description does; otherwise the whole
// description is kept. Descriptions are most of a listing's bytes. A relabel after the user
// switches rules off stays exact; a new keyword rule sees the opening and the found phrases.
import { SCAM_PHRASES } from '../connects/scam-phrases';
import type { Listing } from '../model/listing';
import { DESCRIPTION_READ } from './listing-fields';
import { labelWith } from '../rules/engine';
import { ruleWords } from '../rules/match';
import { addPhrases, scanPhrases, type PhraseIndex } from '../taxonomy/phrases';
import { words } from '../taxonomy/text';
import { VOCABULARY } from '../taxonomy/vocabulary';

/** Characters kept as written at the start: about what a search tile shows. */
const OPENING = 120;
/** Marks where the opening ends and the matched words begin, in views and exports. */
export const ELLIPSIS = ' … | ';

let vocabulary: PhraseIndex<null> | null = null;
/** Every phrase of the taxonomy's vocabulary, found the way the classifier finds them. */
function vocabularyIndex(): PhraseIndex<null> {
  if (!vocabulary) {
    vocabulary = new Map();
    for (const lists of Object.values(VOCABULARY)) for (const list of Object.values(lists)) addPhrases(vocabulary, list, null);
  }
  return vocabulary;
}

/** The runs of stems inside a phrase of the rules or the vocabulary, each distinct run once:
 *  a phrase counts once per part however often it occurs (the checks below confirm it). */
function matchedRuns(stems: readonly string[]): string[] {
  const keep = new Uint8Array(stems.length);
  const mark = (_: unknown, start: number, end: number) => keep.fill(1, start, end);
  scanPhrases(ruleWords(), stems, mark);
  scanPhrases(vocabularyIndex(), stems, mark);
  const runs = new Set<string>();
  let run: string[] = [];
  stems.forEach((stem, i) => {
    if (keep[i]) run.push(stem);
    if ((!keep[i] || i === stems.length - 1) && run.length) {
      runs.add(run.join(' '));
      run = [];
    }
  });
  return [...runs];
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
  // "|" is a phrase break to the engine: runs never join into a phrase that was not there.
  const kept = matchedRuns(words(read.slice(head.length)));
  const scams = SCAM_PHRASES.flatMap((s) => s.pattern.exec(read)?.[0] ?? []);
  const compact = [head, kept.join('|'), ...scams].filter(Boolean).join(ELLIPSIS);
  if (compact.length >= read.length) return null;
  const same = JSON.stringify(labelWith({ ...listing, description: compact })) === JSON.stringify(labelWith(listing));
  return same ? compact : null;
}
