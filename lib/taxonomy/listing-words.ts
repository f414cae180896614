// A listing's words, stemmed once and shared by the classifier and the rules.
import { words } from './text';

export interface ListingWords {
  title: string[];
  /** All skills in one list, '|' between skills so no phrase spans two of them. */
  skills: string[];
  description: string[];
}

// The badge labels every tile on the page's main thread; the first few thousand characters
// of a description carry its subject, and the rest would only cost time.
const DESCRIPTION_LIMIT = 4000;

export function listingWords(l: { title: string; skills?: readonly string[] | null; description?: string | null }): ListingWords {
  const skills: string[] = [];
  for (const skill of l.skills ?? []) {
    if (skills.length) skills.push('|');
    skills.push(...words(skill));
  }
  return {
    title: words(l.title),
    skills,
    description: l.description ? words(l.description, DESCRIPTION_LIMIT) : [],
  };
}
