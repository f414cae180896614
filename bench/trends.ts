// Trend queries and the popup's first load at 10,000 and 100,000 stored listings (goal: at most
// 150 ms at 100,000), and the bytes stored per listing. Listings are built from the dev
// dataset's real posts (title, budget or rate, tier, duration, proposals tier, client), labelled
// by the real rules engine, written through the real writer (aggregates in the same
// transaction), first seen evenly over the past 52 weeks. IndexedDB is fake-indexeddb in Node:
// absolute times differ from Chromium's, the growth with history size is what this shows.
//   node --import tsx bench/trends.ts [--short]
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { serialize } from 'node:v8';
import { openDatabase, resetDatabaseConnection, type GigLensDatabase } from '../lib/db/open';
import { upsertBatch, recentListings, countsByPlatform } from '../lib/db/listings';
import { storageNotices } from '../lib/db/meta';
import { loadPopupData } from '../lib/insights/own-history';
import { popupView } from '../lib/insights/popup-view';
import type { Listing } from '../lib/model/listing';
import { labelWith } from '../lib/rules/engine';
import { categoryScope } from '../lib/trends/contribution';
import { trendsFor } from '../lib/trends/listing-trends';
import { queryTrend } from '../lib/trends/trend-query';
import { ownPlan } from '../lib/insights/pivot-source';
import { readDevRows } from './dev-dataset';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 7, 5, 12);
const TIER: Record<string, Listing['experience']> = { 'Entry level': 'entry', Intermediate: 'intermediate', Expert: 'expert' };

function proposals(tier: string): Listing['proposals'] {
  const m = /(\d+)\s*to\s*(\d+)|(\d+)\+|Less than (\d+)/.exec(tier);
  if (!m) return null;
  if (m[1]) return { min: Number(m[1]), max: Number(m[2]) };
  if (m[3]) return { min: Number(m[3]), max: null };
  return { min: 0, max: Number(m[4]) - 1 };
}

/** A translator with some web skills, whose categories' demand moves to several others. */
const PLAN_PROFILE = { skills: ['Translation', 'SEO', 'WordPress', 'Excel'], categories: ['translation', 'copywriting', 'data-entry'], rate: null };

function templates(): Listing[] {
  const rows = readDevRows();
  return rows.map((r, i) => {
    const rate = r.type === 'hourly' ? (r.amount ?? 10 + (i % 60)) : null;
    return {
      platform: 'upwork',
      id: `~01${i}`,
      url: `https://www.upwork.com/jobs/~01${i}`,
      title: r.title,
      // Search tiles show the first few hundred characters of a post; job pages the whole text.
      description: Array.from({ length: 15 }, (_, k) => rows[(i * 7 + k * 131) % rows.length]!.title).join('. '),
      skills: ['Shopify', 'WordPress', 'SEO', 'Python', 'Data Entry', 'Copywriting', 'Figma', 'Excel'].filter((_, k) => (i >> k) & 1),
      pay:
        r.type === 'fixed_budget' && r.amount !== null
          ? { type: 'fixed', amount: r.amount, currency: 'USD' }
          : rate !== null ? { type: 'hourly', min: rate, max: rate * 1.5, currency: 'USD' } : null,
      experience: TIER[r.tier] ?? null,
      duration: r.duration || null,
      workload: null,
      postedAt: null,
      postedText: 'Posted 3 hours ago',
      proposals: proposals(['Less than 5', '5 to 10', '10 to 15', '20 to 50', '50+'][i % 5]!),
      connects: 4 + (i % 14),
      client: { paymentVerified: i % 3 !== 0, rating: 4.8, reviews: 12, totalSpent: 1000 * (i % 40), country: 'United States', hireRate: 60, jobsPosted: 20, openJobs: 1, hires: 9 },
      activity: null,
      seller: null,
      deliveryDays: null,
      promoted: null,
      fiverrChoice: null,
      pro: null,
      packages: null,
      platformCategory: null,
      platformSubcategory: null,
    };
  });
}

/** Median of `runs` timings of `fn`, in ms. */
async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function fill(n: number, base: Listing[]): Promise<{ db: GigLensDatabase; writeMs: number }> {
  globalThis.indexedDB = new IDBFactory();
  resetDatabaseConnection();
  const db = await openDatabase();
  const labels = base.map((l) => labelWith(l));
  const span = 52 * 7 * DAY;
  const batch = 500;
  let writeMs = 0;
  for (let i = 0; i < n; i += batch) {
    const items = Array.from({ length: Math.min(batch, n - i) }, (_, k) => {
      const t = base[(i + k) % base.length]!;
      return { listing: { ...t, id: `~0${i + k}`, url: `https://www.upwork.com/jobs/~0${i + k}` }, label: labels[(i + k) % base.length]! };
    });
    const start = performance.now();
    await upsertBatch(db, `fill-${i}`, items, NOW - span + Math.floor((span * i) / n), 1_000_000);
    writeMs += performance.now() - start;
  }
  return { db, writeMs: writeMs / Math.ceil(n / batch) };
}

async function bytesPerListing(db: GigLensDatabase, n: number): Promise<{ listing: number; aggregates: number }> {
  let listingBytes = 0;
  let cursor = await db.transaction('listings').store.openCursor();
  while (cursor) {
    listingBytes += serialize(cursor.value).length;
    cursor = await cursor.continue();
  }
  const aggregateBytes = (await db.getAll('aggregates')).reduce((sum, a) => sum + serialize(a).length, 0);
  return { listing: listingBytes / n, aggregates: aggregateBytes / n };
}

export async function benchTrends(opts: { short: boolean }): Promise<Record<string, number>> {
  const base = templates();
  const sizes = opts.short ? [10_000] : [10_000, 100_000];
  const runs = opts.short ? 5 : 15;
  const out: Record<string, number> = {};
  for (const n of sizes) {
    const k = `${n / 1000}k`;
    const { db, writeMs } = await fill(n, base);
    const sample = await recentListings(db, 50);
    const scope = categoryScope(sample.find((l) => l.label?.category)!.label!.category!.id);
    out[`trendQueryMs@${k}`] = await time(() => queryTrend(db, { scope, metric: 'hourlyMid', currency: 'USD', weeks: 52, nowMs: NOW }), runs);
    out[`batchTrendLabelsMs@${k}`] = await time(() => trendsFor(db, sample, NOW), runs);
    out[`popupLoadMs@${k}`] = await time(() => loadPopupData(NOW), runs);
    // What the popup needs before its first render: the reads and the figures worked out from them.
    out[`popupViewMs@${k}`] = await time(async () => popupView(await loadPopupData(NOW), NOW, 0.15), runs);
    // The pivot plan as the dashboard opens it: the skill aggregates of every week, the pay
    // aggregates of the categories shown, the plan worked out (issue 17's goal: 150 ms).
    out[`planOpenMs@${k}`] = await time(() => ownPlan(db, PLAN_PROFILE, NOW), runs);
    out[`skillWeekRecords@${k}`] = await db.count('skillWeeks');
    out[`popupCountsRecentMs@${k}`] = await time(() => Promise.all([countsByPlatform(db), recentListings(db, 50), storageNotices(db)]), runs);
    out[`writeBatch500Ms@${k}`] = writeMs;
    const bytes = await bytesPerListing(db, n);
    out[`bytesPerListing@${k}`] = Math.round(bytes.listing);
    out[`aggregateBytesPerListing@${k}`] = Math.round(bytes.aggregates);
    out[`aggregateRecords@${k}`] = await db.count('aggregates');
    db.close();
    resetDatabaseConnection();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchTrends({ short: process.argv.includes('--short') });
  for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(34)} ${value.toFixed(value < 100 ? 2 : 0)}`);
}
