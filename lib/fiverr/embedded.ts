// The state Fiverr embeds in its pages, read once: parseListing runs per card on the page's
// main thread, and the props script of a category page is 1.8 MB.
// Never evaluated: script text is only ever given to JSON.parse.
import { embedded as sel } from './selectors';
import { isRecord } from './values';

type Json = Record<string, unknown>;

interface Embedded {
  inlineProps?: Json | null;
  jsonLd?: Json[];
  menu?: Json | null;
}

const cache = new WeakMap<Document, Embedded>();

function entry(doc: Document): Embedded {
  let e = cache.get(doc);
  if (!e) cache.set(doc, (e = {}));
  return e;
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The `{…}` starting at `from` in script text, matched by braces outside strings. */
export function objectAt(text: string, from: number): string | null {
  const start = text.indexOf('{', from);
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** The object that follows `marker` in the first inline script containing it. */
function inlineObject(doc: Document, marker: string): Json | null {
  for (const script of Array.from(doc.querySelectorAll(sel.inlineScripts))) {
    const text = script.textContent ?? '';
    const at = text.indexOf(marker);
    if (at < 0) continue;
    const value = parseJson(objectAt(text, at + marker.length));
    return isRecord(value) ? value : null;
  }
  return null;
}

// Keyed by the script element: a page that swaps its state script (in-page navigation) gets
// its new state read, and everything derived from the old object is dropped with it.
const propsByScript = new WeakMap<Element, Json | null>();

/** `script#perseus-initial-props` (2022 → 2025). */
export function perseusProps(doc: Document): Json | null {
  const script = doc.querySelector(sel.perseusProps);
  if (!script) return null;
  let props = propsByScript.get(script);
  if (props === undefined) {
    const value = parseJson(script.textContent);
    props = isRecord(value) ? value : null;
    propsByScript.set(script, props);
  }
  return props;
}

/** The gig page props of 2021, passed inline to `perseusApp.default`. */
export function inlineGigProps(doc: Document): Json | null {
  const e = entry(doc);
  if (e.inlineProps === undefined) e.inlineProps = inlineObject(doc, sel.inlinePropsMarker);
  return e.inlineProps;
}

/** Gig page props of either era. */
export const gigProps = (doc: Document): Json | null => perseusProps(doc) ?? inlineGigProps(doc);

/** All JSON-LD objects, `@graph` flattened. */
export function jsonLd(doc: Document): Json[] {
  const e = entry(doc);
  if (!e.jsonLd) {
    const out: Json[] = [];
    for (const script of Array.from(doc.querySelectorAll(sel.jsonLd))) {
      const value = parseJson(script.textContent);
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) {
        if (!isRecord(item)) continue;
        if (Array.isArray(item['@graph'])) out.push(...item['@graph'].filter(isRecord));
        else out.push(item);
      }
    }
    e.jsonLd = out;
  }
  return e.jsonLd;
}

export const jsonLdOfType = (doc: Document, type: string): Json | null =>
  jsonLd(doc).find((o) => o['@type'] === type) ?? null;

/** The header's category menu (2025-08), source of category names by id. */
export function categoriesMenu(doc: Document): Json | null {
  const e = entry(doc);
  if (e.menu === undefined) e.menu = inlineObject(doc, sel.categoriesMenuMarker);
  return e.menu;
}
