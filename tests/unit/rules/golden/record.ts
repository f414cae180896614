// Records the golden labels (tests/unit/rules/golden/labels.jsonl.gz): run it only when a
// change to the labels is intended, and say in the commit how many labels changed.
//   node --import tsx tests/unit/rules/golden/record.ts
import { gunzipSync, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { analyzeHtml } from '@/lib/analyze/analyze-page';
import { labelWith } from '@/lib/rules/engine';
import { fixtureUrls, readPage } from '../../../fixtures';
import { datasetCases, labelable, type GoldenCase } from './inputs';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'labels.jsonl.gz');

async function pageCases(): Promise<GoldenCase[]> {
  const cases: GoldenCase[] = [];
  for (const { file, url } of fixtureUrls()) {
    const { listings } = await analyzeHtml(readPage(file), url);
    listings.forEach((l, i) => cases.push({ src: `page:${file}:${i}`, input: labelable(l) }));
  }
  return cases;
}

const cases = [...datasetCases(), ...(await pageCases())];
// Dataset inputs are rebuilt from the CSV by the test; page inputs are stored with their labels.
const lines = cases.map((c) =>
  JSON.stringify(c.src.startsWith('page:') ? { ...c, label: labelWith(c.input, c.options) } : { src: c.src, label: labelWith(c.input, c.options) }),
);
let changed = cases.length;
if (existsSync(GOLDEN)) {
  const old = new Map(gunzipSync(readFileSync(GOLDEN)).toString('utf8').trim().split('\n').map((l) => [JSON.parse(l).src as string, l]));
  changed = lines.filter((l) => old.get(JSON.parse(l).src) !== l).length;
}
writeFileSync(GOLDEN, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`${cases.length} golden labels (${cases.filter((c) => c.src.startsWith('page:')).length} from saved pages), ${changed} changed`);
