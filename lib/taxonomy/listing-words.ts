// A listing's words, stemmed once and shared by the classifier, the rules and the category
// model, as stem ids (stem-ids.ts).
import { startListing, type Tokens } from './stem-ids';
import { tokenize, tokenizeAll } from './tokenize';

export interface ListingWords {
  title: Tokens;
  /** All skills in one list, a break between skills so no phrase spans two of them. */
  skills: Tokens;
  description: Tokens;
}

// Every listing a page shows is labelled; the first few thousand characters
// of a description carry its subject, and the rest would only cost time.
const DESCRIPTION_LIMIT = 4000;

export function listingWords(l: { title: string; skills?: readonly string[] | null; description?: string | null }): ListingWords {
  startListing();
  return {
    title: tokenize(l.title),
    skills: l.skills?.length ? tokenizeAll(l.skills) : [],
    description: l.description ? tokenize(l.description, DESCRIPTION_LIMIT) : [],
  };
}
