// Labels stay byte-identical to the recorded ones (golden/labels.jsonl.gz) on every dev-dataset
// row and every listing of every saved page, so speed work cannot change what users see.
// An intended change re-records them: node --import tsx tests/unit/rules/golden/record.ts
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { labelWith } from '@/lib/rules/engine';
import { datasetCases, type GoldenCase } from './golden/inputs';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden', 'labels.jsonl.gz');

test('labels are byte-identical to the golden file', () => {
  const rows = gunzipSync(readFileSync(GOLDEN)).toString('utf8').trim().split('\n');
  const built = new Map(datasetCases().map((c) => [c.src, c]));
  const differ: string[] = [];
  for (const row of rows) {
    const saved = JSON.parse(row) as GoldenCase & { label: unknown };
    const c = saved.input ? saved : built.get(saved.src);
    expect(c, saved.src).toBeDefined();
    const now = JSON.stringify(labelWith(c!.input, c!.options));
    if (now !== JSON.stringify(saved.label)) differ.push(`${saved.src}: ${c!.input.title}`);
  }
  expect(rows.length).toBeGreaterThan(8500);
  expect(differ.slice(0, 20), `${differ.length} of ${rows.length} labels changed`).toEqual([]);
});
