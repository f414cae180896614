// What a listing is about is not what it asks for: "a report on the state of generative AI" and
// "a blog post about AI tools" are writing. Inside such a topic span, phrases do not say what
// kind of work the listing is (building AI, operating AI tools, checking AI output).
import type { ListingWords } from './listing-words';
import { BREAK_ID, idSet, type Tokens } from './stem-ids';
import { BREAK, words } from './text';

const set = (list: string) => idSet(words(list));
/** Words that always open a topic. */
const TOPIC = set('about regarding covering explaining');
/** "on" opens a topic after a piece of content ("a report on", "a course on"), not elsewhere
 *  ("help on my chatbot"). */
const ON = set('on');
const CONTENT = set(
  'article articles blog blogs post posts report reports ebook book essay paper papers course courses lesson lessons ' +
    'video videos presentation guide webinar talk research thesis newsletter podcast series tutorial whitepaper script story',
);
// A topic runs to the end of its phrase or the next linking word ("about AI tools for our agency").
const ENDS = idSet([BREAK, ...words('for with to and that who in')]);

/** Whether the word at i opens a topic. */
export const opensTopic = (stems: Tokens, i: number): boolean =>
  TOPIC.has(stems[i]!) || (ON.has(stems[i]!) && i > 0 && CONTENT.has(stems[i - 1]!));

/** Where the topic opened at i ends (the index of the word that ends it, or the length). */
export function topicEnd(stems: Tokens, i: number): number {
  let j = i + 1;
  while (j < stems.length && !ENDS.has(stems[j]!)) j++;
  return j;
}

function blank(stems: Tokens): Tokens | null {
  let out: Tokens | null = null;
  for (let i = 0; i < stems.length; i++) {
    if (!opensTopic(stems, i)) continue;
    const j = topicEnd(stems, i);
    if (j > i + 1) (out ??= stems.slice()).fill(BREAK_ID, i + 1, j);
    i = j - 1;
  }
  return out;
}

/** The listing's words with its topic spans blanked out (the same object when it has none). */
export function withoutTopics(w: ListingWords): ListingWords {
  const title = blank(w.title);
  const description = blank(w.description);
  return title || description ? { title: title ?? w.title, skills: w.skills, description: description ?? w.description } : w;
}
