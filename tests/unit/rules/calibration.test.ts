// Calibration over every listing of every saved page (parsed by the site adapters at the URLs
// MANIFEST.md gives) plus the 4,000 dev-dataset posts: Writing and Translation come out above
// Web, Mobile & Software Dev and Data Science & Analytics, and "very low" is reserved for work
// that builds AI or is embodied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAGES, loadPage } from '../../fixtures';
import { upwork } from '@/lib/upwork/adapter';
import { fiverr } from '@/lib/fiverr/adapter';
import { labelListing } from '@/lib/label/label-listing';
import { labelWith } from '@/lib/rules/engine';
import { priorOf } from '@/lib/rules/priors';
import { CATEGORY_BY_ID } from '@/lib/taxonomy/categories';
import type { Label } from '@/lib/model/label';
import { readDevRows } from '../../../bench/dev-dataset';

/** "| file | era | kind | capture | serve at | …" rows of the fixtures manifest. */
const manifest = readFileSync(join(PAGES, 'MANIFEST.md'), 'utf8')
  .split('\n')
  .map((line) => line.split('|').map((c) => c.trim()))
  .filter((cells) => /\.html$/.test(cells[1] ?? '') && /^https:\/\//.test(cells[5] ?? ''))
  .map((cells) => ({ file: cells[1]!, url: cells[5]! }));

const fixtureLabels: { page: string; label: Label }[] = manifest.flatMap(({ file, url }) => {
  const site = file.startsWith('upwork') ? upwork : fiverr;
  return site.parsePage(loadPage(file), new URL(url)).listings.map((l) => ({ page: file, label: labelListing(l) }));
});

const TIER: Record<string, 'entry' | 'intermediate' | 'expert'> = { 'Entry level': 'entry', Intermediate: 'intermediate', Expert: 'expert' };
const dev = readDevRows().map((r) => ({
  truth: r.category,
  label: labelWith({
    title: r.title,
    pay: r.amount !== null ? { type: 'fixed', amount: r.amount, currency: 'USD' } : null,
    experience: TIER[r.tier] ?? null,
    duration: r.duration || null,
  }),
}));

const all = [...fixtureLabels.map((x) => x.label), ...dev.map((x) => x.label)];

function means(items: { top: string; score: number }[]): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const { top, score } of items) {
    const [s, n] = sums.get(top) ?? [0, 0];
    sums.set(top, [s + score, n + 1]);
  }
  return new Map([...sums].map(([top, [s, n]]) => [top, s / n]));
}

function expectOrdered(mean: Map<string, number>): void {
  for (const high of ['Writing', 'Translation']) {
    for (const low of ['Web, Mobile & Software Dev', 'Data Science & Analytics']) {
      expect(mean.get(high)!, `${high} above ${low}`).toBeGreaterThan(mean.get(low)!);
    }
  }
}

/** Spearman's rank correlation, ties at their mean rank. */
function spearman(x: number[], y: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((n, i) => [n, i] as const).sort((a, b) => a[0] - b[0]);
    const r: number[] = [];
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const [a, b] = [rank(x), rank(y)];
  const mean = (v: number[]) => v.reduce((s, n) => s + n, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < a.length; i++) (num += (a[i]! - ma) * (b[i]! - mb)), (da += (a[i]! - ma) ** 2), (db += (b[i]! - mb) ** 2);
  return num / Math.sqrt(da * db);
}

describe('calibration', () => {
  test('every saved page in the manifest is read, and every listing on them is labelled with cited reasons', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(14);
    expect(fixtureLabels.length).toBeGreaterThan(150);
    for (const { page, label } of fixtureLabels) {
      expect(label.category, page).not.toBeNull();
      expect(label.risk!.reasons.length, page).toBeGreaterThan(0);
      for (const r of label.risk!.reasons) expect(r.sources.length, `${page} ${r.code}`).toBeGreaterThan(0);
    }
  });

  test('every dev-dataset post is labelled', () => {
    expect(dev.length).toBe(4000);
    for (const { label } of dev) expect(label.risk!.reasons[0]!.code).toBe('category-prior');
  });

  test('mean score per Upwork category (the label’s own): Writing and Translation above Web and Data Science', () => {
    expectOrdered(means(all.map((l) => ({ top: l.category!.upwork, score: l.risk!.score }))));
  });

  test('the same order by Upwork’s own category of each dev post', () => {
    expectOrdered(means(dev.map((d) => ({ top: d.truth, score: d.label.risk!.score }))));
  });

  test('mean score per category follows the evidence order of its prior (Spearman ≥ 0.9)', () => {
    const byId = new Map<string, number[]>();
    for (const l of all) byId.set(l.category!.id, [...(byId.get(l.category!.id) ?? []), l.risk!.score]);
    const ids = [...byId.keys()].filter((id) => byId.get(id)!.length >= 5);
    const rho = spearman(
      ids.map((id) => byId.get(id)!.reduce((s, n) => s + n, 0) / byId.get(id)!.length),
      ids.map((id) => priorOf(CATEGORY_BY_ID.get(id)!).score),
    );
    expect(ids.length).toBeGreaterThan(30);
    expect(rho).toBeGreaterThanOrEqual(0.9);
  });

  test('very low is reserved for work that builds AI or is embodied', () => {
    const veryLow = all.filter((l) => l.risk!.level === 'very-low');
    expect(veryLow.length).toBeGreaterThan(0);
    for (const l of veryLow) {
      const work = priorOf(CATEGORY_BY_ID.get(l.category!.id)!).work;
      expect(l.risk!.mode === 'builds-ai' || work === 'embodied', `${l.category!.id} ${l.risk!.mode}`).toBe(true);
    }
  });

  test('the Fiverr logo category page reads as Logos & brand identity, high or very high', () => {
    const logos = fixtureLabels.filter((x) => x.page === 'fiverr-category-logo-design-2025-08.html');
    expect(logos.length).toBeGreaterThan(40);
    for (const { label } of logos) {
      expect(label.category!.id).toBe('logo-branding');
      expect(['high', 'very-high']).toContain(label.risk!.level);
    }
  });
});
