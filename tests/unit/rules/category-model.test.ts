// The learned half of the category classifier (issue 16): reproducible from the training script,
// deterministic, better than the phrases alone on a fold it never saw, and never in the page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDevRows } from '../../../bench/dev-dataset';
import { MODEL_FILE, modelSource, scoreFold, trainModel } from '../../../scripts/train-category';
import { categoryModel, classify } from '@/lib/taxonomy/classify';
import { listingWords } from '@/lib/taxonomy/listing-words';

const ROOT = resolve(__dirname, '../../..');

/** Every project file a module reaches through its relative and `@/` imports. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
    if (!spec!.startsWith('.') && !spec!.startsWith('@/')) continue;
    const base = spec!.startsWith('@/') ? join(ROOT, spec!.slice(2)) : resolve(dirname(file), spec!);
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && !f.endsWith('/'));
    if (found && !found.includes('node_modules') && /\.tsx?$/.test(found)) reach(found, seen);
  }
  return seen;
}

describe('category model', () => {
  const rows = readDevRows();

  test('the shipped model file is what the training script makes from the dev rows', () => {
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(modelSource(trainModel(rows)));
  }, 60_000);

  test('blended with the phrases it gets more of a held-out fold right than the phrases alone', () => {
    const fold = scoreFold(rows, 0);
    expect(fold.rows).toBeGreaterThan(700);
    expect(fold.blended).toBeGreaterThan(fold.rules);
  }, 60_000);

  test('labels are deterministic with the model, whatever was classified in between (its buffers are reused)', () => {
    const of = (title: string) => ({ ...listingWords({ title }), platformCategory: null, platformSubcategory: null });
    const w = of('Need help with my online store setup and product listings');
    const first = classify(w, categoryModel());
    for (const other of ['Translate a contract to German', 'Logo for a bakery', 'Python script for invoices']) {
      classify(of(other), categoryModel());
      expect(classify(w, categoryModel())).toEqual(first);
    }
  });

  test('it lives where labelling runs: no content script reaches it', () => {
    for (const site of ['upwork', 'fiverr']) {
      const files = [...reach(join(ROOT, 'entrypoints', `${site}.content`, 'index.ts'))].map((f) => f.slice(ROOT.length + 1));
      expect(files.length).toBeGreaterThan(5);
      expect(files.filter((f) => /category-model|classify|rules\/engine/.test(f))).toEqual([]);
    }
    const background = [...reach(join(ROOT, 'entrypoints', 'background.ts'))].map((f) => f.slice(ROOT.length + 1));
    expect(background).toContain('lib/taxonomy/category-model-data.ts');
  });
});
