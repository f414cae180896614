// Fiverr's bot check: PerimeterX replaces the page with a "Press & Hold" challenge at the same
// URL (its app id and collector appear on normal pages too, so only the challenge itself counts).
import { blocked, pick } from './selectors';

export function isBlockedPage(doc: Document): boolean {
  if (pick(doc, blocked.element)) return true;
  // The wall is a short page; a real listing page mentioning the words somewhere is not one.
  if (doc.querySelector(blocked.realPage)) return false;
  const text = `${doc.title} ${doc.body?.textContent?.slice(0, 5000) ?? ''}`;
  return blocked.text.some((re) => re.test(text));
}
