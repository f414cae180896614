// The state Upwork embeds in its pages: Nuxt 2's `window.__NUXT__=(function…)` script
// (2024 → 2026-05) or Nuxt 3's `<script id="__NUXT_DATA__">` (2026-04 →). Read once per
// document (WeakMap), indexed by job key, so tile readers do one map lookup each.
import { unflatten } from './devalue';
import { jobKey } from './job-url';
import { readNuxtAssignment } from './js-literal';

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

function rawState(doc: Document): unknown[] {
  const out: unknown[] = [];
  const data = doc.getElementById('__NUXT_DATA__');
  if (data?.textContent) {
    try {
      out.push(unflatten(JSON.parse(data.textContent)));
    } catch {
      // Unreadable state only means the DOM alone speaks.
    }
  }
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!/^\s*window\.__NUXT__\s*=/.test(text.slice(0, 64))) continue;
    try {
      out.push(readNuxtAssignment(text));
    } catch {
      // as above
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

export function embeddedState(doc: Document): StateIndex {
  let idx = cache.get(doc);
  if (!idx) {
    idx = index(rawState(doc));
    cache.set(doc, idx);
  }
  return idx;
}
