// Property: after any history of batches (repeat sightings, changed pay, categories and skills,
// resent batches, pruning), the stored aggregates equal a brute-force recomputation from every
// listing ever stored, written here independently of lib/trends/contribution.ts.
import { allListings } from '@/lib/db/listing-reads';
import { describe, expect, test } from 'vitest';
import { openDatabase, type GigLensDatabase } from '@/lib/db/open';
import { countsByPlatform, setSaved, upsertBatch, type SeenItem } from '@/lib/db/listings';
import { allAggregates } from '@/lib/db/aggregates';
import type { StoredListing } from '@/lib/db/schema';
import type { Listing } from '@/lib/model/listing';
import { binOf } from '@/lib/trends/histogram';
import { weekOf } from '@/lib/trends/weeks';
import { CATEGORIES, DAY, NOW, SEARCH_2024_08, SEARCH_2024_09, labelWith, pageListings, seededRandom } from './helpers';

type Counts = Record<string, number>;
type Brute = Map<string, { seen: number; proposals: Counts; pay: Counts }>;

const inc = (c: Counts, k: string) => (c[k] = (c[k] ?? 0) + 1);

function bruteForce(listings: StoredListing[]): Brute {
  const out: Brute = new Map();
  for (const l of listings) {
    const scopes = [`platform:${l.platform}`];
    const cat = l.label?.category;
    if (cat) scopes.push(`category:${cat.id}`, `upwork:${cat.upwork}`);
    const skills = [...new Set(l.skills.map((s) => s.trim().toLowerCase().replace(/\s+/g, ' ')))].filter(Boolean);
    scopes.push(...skills.slice(0, 20).map((s) => `skill:${s}`));
    const pay: Record<string, number> = {};
    if (l.pay?.type === 'fixed') pay['fixed'] = l.pay.amount;
    if (l.pay?.type === 'from') pay['from'] = l.pay.amount;
    if (l.pay?.type === 'hourly') {
      const { min, max } = l.pay;
      if (min !== null) pay['hourlyMin'] = min;
      if (max !== null) pay['hourlyMax'] = max;
      if (min !== null || max !== null) pay['hourlyMid'] = min !== null && max !== null ? (min + max) / 2 : (min ?? max)!;
    }
    for (const scope of scopes) {
      const key = `${scope}|${weekOf(l.firstSeenAt)}`;
      const rec = out.get(key) ?? { seen: 0, proposals: {}, pay: {} };
      out.set(key, rec);
      rec.seen++;
      if (l.proposals) inc(rec.proposals, `${l.proposals.min}${l.proposals.max === null ? '+' : `-${l.proposals.max}`}`);
      for (const [metric, v] of Object.entries(pay)) inc(rec.pay, `${l.pay!.currency}/${metric}/${binOf(v)}`);
    }
  }
  return out;
}

async function stored(db: GigLensDatabase): Promise<Brute> {
  const out: Brute = new Map();
  for (const a of await allAggregates(db)) {
    expect(a.origin).toBe('local');
    const pay: Counts = {};
    for (const [cur, metrics] of Object.entries(a.pay)) {
      for (const [metric, hist] of Object.entries(metrics)) {
        for (const [bin, n] of Object.entries(hist ?? {})) pay[`${cur}/${metric}/${bin}`] = n;
      }
    }
    out.set(`${a.scope}|${a.week}`, { seen: a.seen, proposals: a.proposals, pay });
  }
  return out;
}

const SKILLS = ['Shopify', 'shopify ', 'WordPress', 'SEO', 'Python', 'Web  Design', 'Figma'];

function vary(rng: () => number, base: Listing): SeenItem {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const currency = pick(['USD', 'USD', 'EUR']);
  const amount = () => Math.round(5 * 10 ** (rng() * 3));
  const pay = pick([
    null,
    { type: 'hourly' as const, min: amount(), max: null, currency },
    { type: 'hourly' as const, min: 10, max: amount() + 10, currency },
    { type: 'hourly' as const, min: null, max: null, currency },
    { type: 'fixed' as const, amount: amount(), currency },
    { type: 'from' as const, amount: amount(), currency },
  ]);
  const proposals = pick([null, { min: 0, max: 4 }, { min: 10, max: 15 }, { min: 50, max: null }]);
  const skills = SKILLS.filter(() => rng() < 0.3);
  const category = rng() < 0.2 ? null : pick(CATEGORIES);
  // A null pay in a later, poorer view keeps the stored pay (the merge rule): both paths run.
  return { listing: { ...base, pay, proposals, skills }, label: rng() < 0.1 ? null : labelWith(category) };
}

describe('weekly aggregates', () => {
  test.each([
    [1, Infinity],
    [2, Infinity],
    [3, 12],
    [4, 25],
  ])('equal a brute-force recomputation over a random history (seed %d, cap %d)', async (seed, cap) => {
    const rng = seededRandom(seed);
    const pool = [...pageListings(SEARCH_2024_09), ...pageListings(SEARCH_2024_08)];
    const db = await openDatabase();
    const current = new Map<string, StoredListing>();
    const pruned: StoredListing[] = [];
    let now = NOW - 120 * DAY;
    let lastBatch = '';
    for (let step = 0; step < 80; step++) {
      now += Math.floor(rng() * 3 * DAY);
      const items = Array.from({ length: 1 + Math.floor(rng() * 6) }, () => vary(rng, pool[Math.floor(rng() * pool.length)]!));
      const resend = lastBatch && rng() < 0.1;
      const batchId = resend ? lastBatch : `batch-${seed}-${step}`;
      const result = await upsertBatch(db, batchId, items, now, cap);
      expect(result.applied).toBe(!resend);
      lastBatch = batchId;
      if (result.applied) for (const s of result.stored) current.set(`${s.platform}:${s.id}`, s);
      if (rng() < 0.05) {
        const s = [...current.values()][0];
        if (s) current.set(`${s.platform}:${s.id}`, (await setSaved(db, s.platform, s.id, true, now))!);
      }
      const keys = new Set((await db.getAllKeys('listings')).map(([p, id]) => `${p}:${id}`));
      for (const [key, s] of current) {
        if (!keys.has(key)) {
          pruned.push(s);
          current.delete(key);
        }
      }
    }
    expect(await stored(db)).toEqual(bruteForce([...current.values(), ...pruned]));
    expect(await allListings(db)).toEqual(expect.arrayContaining([...current.values()]));
    expect(await db.count('listings')).toBe(current.size);
    expect(await db.get('meta', 'listingCount')).toEqual({ key: 'listingCount', count: current.size });
    expect(await countsByPlatform(db)).toEqual({ upwork: current.size, fiverr: 0 });
    if (cap !== Infinity) {
      expect(current.size).toBeLessThanOrEqual(cap);
      expect(pruned.length).toBeGreaterThan(0);
    } else {
      expect(pruned).toEqual([]);
    }
    db.close();
  });
});
