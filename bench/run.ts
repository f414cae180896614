// `npm run bench [-- --short] [-- --only=sizes,rules,parsers,storage,chromium]`: prints every
// figure with its goal and writes bench/report.json. Exits non-zero only when a size budget
// (bench/size-budgets.json) is exceeded: time figures vary with the machine and are printed,
// never asserted. --short is the CI mode (fewer repetitions and tiles, 10,000 stored only).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchChromium } from './chromium';
import { check, printFigures, type CheckedFigure, type Figure } from './figures';
import { benchParsers } from './parsers';
import { contentScriptBreakdown, type AreaSize } from './size-breakdown';
import { BENCH_DIR, benchSizes } from './sizes';
import { storageFigures } from './storage-figures';

const args = process.argv.slice(2);
const short = args.includes('--short');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (section: string) => !only || only.includes(section);

/** A benchmark another module provides, loaded only if its file exists. */
async function optional<T>(file: string, exported: string): Promise<T | null> {
  try {
    const mod = (await import(pathToFileURL(join(BENCH_DIR, file)).href)) as Record<string, unknown>;
    return (mod[exported] as T | undefined) ?? null;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

async function rulesFigures(): Promise<Figure[]> {
  const section = 'Rules engine (Node)';
  const bench = await optional<(o: { short: boolean }) => Promise<{ labelsPerSecond: number; wallLabelsPerSecond?: number }>>('rules.ts', 'benchRules');
  if (!bench) return [{ section, name: 'labels per second', value: null, unit: '/s', note: 'bench/rules.ts not found' }];
  const r = await bench({ short });
  return [
    { section, name: 'labels per second of CPU time', value: r.labelsPerSecond, unit: '/s', goal: { op: '>=', value: 100_000 } },
    ...(r.wallLabelsPerSecond ? [{ section, name: 'labels per second, wall clock', value: r.wallLabelsPerSecond, unit: '/s' }] : []),
  ];
}

async function section(name: string, run: () => Promise<Figure[]>): Promise<Figure[]> {
  if (!wanted(name)) return [];
  const started = performance.now();
  try {
    const figures = await run();
    console.error(`[bench] ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return figures;
  } catch (error) {
    console.error(`[bench] ${name} failed:`, error);
    return [{ section: name, name: `${name} benchmark`, value: null, unit: '', note: `failed: ${String(error).slice(0, 200)}` }];
  }
}

const sizes = wanted('sizes') ? benchSizes() : { figures: [], overBudget: [], bundles: [] };
const breakdown: Record<string, AreaSize[]> = {};
if (wanted('sizes')) {
  for (const site of ['upwork', 'fiverr'] as const) {
    breakdown[site] = await contentScriptBreakdown(site).catch(() => []);
  }
}
const figures: CheckedFigure[] = [
  ...sizes.figures,
  ...(await section('rules', rulesFigures)),
  ...(await section('parsers', () => benchParsers({ short }))),
  ...(await section('storage', () => storageFigures(short, optional))),
  ...(await section('chromium', () => benchChromium({ short }))),
].map(check);

printFigures(figures);
for (const [site, areas] of Object.entries(breakdown)) {
  const top = areas.slice(0, 8).map((a) => `${a.area} ${(a.gzipEstimate / 1024).toFixed(1)}`).join(', ');
  console.log(`\n${site} content script, KB gzip by source (esbuild estimate): ${top}`);
}

const missed = figures.filter((f) => f.met === false);
console.log(`\n${figures.filter((f) => f.met).length} goals met, ${missed.length} missed${missed.length ? `: ${missed.map((f) => `${f.section.split(' (')[0]}: ${f.name}`).join('; ')}` : ''}`);
console.log(sizes.overBudget.length ? `SIZE BUDGETS EXCEEDED:\n  ${sizes.overBudget.join('\n  ')}` : 'size budgets: all within bench/size-budgets.json');

const report = {
  generatedAt: new Date().toISOString(),
  short,
  environment: { node: process.version, cpus: cpus().length, loadAverage: loadavg() },
  figures,
  sizeBreakdown: breakdown,
  overBudget: sizes.overBudget,
};
writeFileSync(join(BENCH_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`report: bench/report.json`);
process.exit(sizes.overBudget.length ? 1 : 0);
