// Every rule, prior and demand figure cites sources that exist in evidence.md's bibliography,
// and the sources module the panel shows has an entry for each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SHARED } from '../../fixtures';
import { RULES } from '@/lib/rules/rules';
import { PRIORS, SPECIALTY_PRIORS } from '@/lib/rules/priors';
import { SOURCES, SOURCE_BY_NUMBER } from '@/lib/rules/sources';
import { movesFrom } from '@/lib/rules/moves';
import { CATEGORIES } from '@/lib/taxonomy/categories';
import { ruleCatalog } from '@/lib/rules/catalog';

const evidence = readFileSync(join(SHARED, 'research', 'evidence.md'), 'utf8');
const bibliography = evidence.slice(evidence.indexOf('## Bibliography'));
/** Numbered entries, without the one evidence.md itself marks "not located; unverified". */
const entries = new Map(
  [...bibliography.matchAll(/^(\d+)\. (.*)$/gm)].map((m) => [Number(m[1]), m[2]!] as const),
);
const citable = new Set([...entries].filter(([, text]) => !/not located|unverified/i.test(text)).map(([n]) => n));

const cited = [
  ...RULES.map((r) => [r.id, r.sources] as const),
  ...Object.entries(PRIORS).map(([row, p]) => [`prior of row ${row}`, p.sources] as const),
  ...Object.entries(SPECIALTY_PRIORS).map(([id, p]) => [`prior of ${id}`, p.sources] as const),
  ...CATEGORIES.flatMap((c) => movesFrom(c.id).map((m) => [`move ${c.id} → ${m.categoryId}`, m.sources] as const)),
];

describe('citations', () => {
  test('the bibliography is read', () => expect(entries.size).toBeGreaterThanOrEqual(29));

  test.each(cited)('%s cites at least one existing, verified source', (_what, sources) => {
    expect(sources.length).toBeGreaterThan(0);
    for (const n of sources) {
      expect(citable.has(n), `[${n}]`).toBe(true);
      expect(SOURCE_BY_NUMBER.has(n), `[${n}] missing from lib/rules/sources.ts`).toBe(true);
    }
  });

  test('the catalog lists every rule with its sources', () => {
    const catalog = ruleCatalog();
    expect(catalog.map((e) => e.id)).toEqual(['category-prior', ...RULES.map((r) => r.id)]);
    for (const e of catalog) expect(e.sources.length).toBeGreaterThan(0);
  });
});

describe('the sources module', () => {
  test.each(SOURCES.map((s) => [s.n, s] as const))('[%i] matches the bibliography and links over https', (n, source) => {
    const text = entries.get(n)!;
    expect(text).toBeDefined();
    expect(source.url).toMatch(/^https:\/\//);
    expect(text).toContain(String(source.year));
    // The first author's surname (or the company) as evidence.md writes it.
    expect(text).toContain(source.by.split(/[ ,&(]/)[0]!);
  });
});
