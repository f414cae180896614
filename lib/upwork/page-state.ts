// The page side of Upwork's embedded state: only the text of its scripts, read in
// microseconds (no parsing), for the background to index (embedded-state.ts).
const NUXT_ASSIGNMENT = /^\s*window\.__NUXT__\s*=/;

export const isNuxtAssignment = (text: string): boolean => NUXT_ASSIGNMENT.test(text.slice(0, 64));

/** Nuxt 3's `__NUXT_DATA__` JSON and Nuxt 2's `window.__NUXT__=` script, as text. */
export function stateTexts(doc: Document): string[] {
  const out: string[] = [];
  const data = doc.getElementById('__NUXT_DATA__')?.textContent;
  if (data) out.push(data);
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (isNuxtAssignment(text)) out.push(text);
  }
  return out;
}
