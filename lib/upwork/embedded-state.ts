// The state Upwork embeds in its pages: Nuxt 2's `window.__NUXT__=(function…)` script
// (2024 → 2026-05) or Nuxt 3's `<script id="__NUXT_DATA__">` (2026-04 →), indexed by job key
// so each listing costs one map lookup. The page only hands over the scripts' text
// (page-state.ts); reading it (up to 150 KB of JS literal) happens where labelling runs.
import { unflatten } from './devalue';
import { jobKey } from './job-url';
import { readNuxtAssignment } from './js-literal';
import { isNuxtAssignment, stateTexts } from './page-state';

export type Rec = Record<string, unknown>;

export interface StateIndex {
  /** Job-shaped records (search results, related jobs) by `~0…` key. */
  jobs: Map<string, Rec>;
  /** Job details stores (`{job, buyer, connects}`) by key. */
  details: Map<string, Rec>;
}

const cache = new WeakMap<Document, StateIndex>();
const VISIT_BUDGET = 400_000;

export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function rawState(texts: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const text of texts) {
    try {
      out.push(isNuxtAssignment(text) ? readNuxtAssignment(text) : unflatten(JSON.parse(text)));
    } catch {
      // Unreadable state only means the DOM alone speaks.
    }
  }
  return out;
}

function index(roots: unknown[]): StateIndex {
  const idx: StateIndex = { jobs: new Map(), details: new Map() };
  const stack = [...roots];
  const seen = new Set<unknown>();
  for (let budget = VISIT_BUDGET; stack.length && budget > 0; budget--) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    const rec = v as Rec;
    const key = typeof rec.ciphertext === 'string' ? jobKey(rec.ciphertext) : null;
    if (key && typeof rec.title === 'string' && !idx.jobs.has(key)) idx.jobs.set(key, rec);
    const job = rec.job;
    if (isRec(job) && 'buyer' in rec && typeof job.ciphertext === 'string') {
      const k = jobKey(job.ciphertext);
      if (k) idx.details.set(k, rec);
    }
    for (const x of Object.values(rec)) stack.push(x);
  }
  return idx;
}

/** The index of the state scripts' texts, as `stateTexts` reads them from a page. */
export const stateIndex = (texts: readonly string[]): StateIndex => index(rawState(texts));

/** The whole document's state, read once per document (the `analyze` command and tests). */
export function embeddedState(doc: Document): StateIndex {
  let idx = cache.get(doc);
  if (!idx) {
    idx = stateIndex(stateTexts(doc));
    cache.set(doc, idx);
  }
  return idx;
}
