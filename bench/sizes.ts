// Sizes of what the extension ships (.output/chrome-mv3), raw and gzip, against the budgets
// in bench/size-budgets.json: each content script, the background, and each page with every
// script and stylesheet it loads. A budget exceeded is the one thing that fails the bench.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const DIST = join(BENCH_DIR, '..', '.output', 'chrome-mv3');
const BUDGETS_FILE = join(BENCH_DIR, 'size-budgets.json');

interface Budget {
  /** Budget for the gzip size in bytes; over it, the bench exits non-zero. */
  gzipBytes: number;
  /** The goal, when there is one (15 KB gzip per content script). */
  goalBytes?: number;
  why?: string;
}

export interface BundleSize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

const KB = 1024;
const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length;

/** A page's files: its HTML, then every script and stylesheet reachable from it. */
function pageFiles(html: string): string[] {
  const files = [html];
  const queue = [...readFileSync(join(DIST, html), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (files.includes(file) || !existsSync(join(DIST, file))) continue;
    files.push(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(DIST, file), 'utf8');
    // Rolldown writes a dynamic import's path as a template literal: `import(\`./chunk.js\`)`.
    for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(posix.join(posix.dirname(file), m[1]!));
    }
  }
  return files;
}

/** Every bundle of the build: content scripts, background, pages. */
export function measureBundles(): BundleSize[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
    background?: { service_worker?: string };
  };
  const bundles: { name: string; files: string[] }[] = [];
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) {
      const name = `${posix.basename(js, '.js')} content script`;
      bundles.push({ name, files: [js, ...(script.css ?? [])] });
    }
  }
  if (manifest.background?.service_worker) bundles.push({ name: 'background', files: [manifest.background.service_worker] });
  for (const html of readdirSync(DIST).filter((f) => f.endsWith('.html')).sort()) {
    bundles.push({ name: `${posix.basename(html, '.html')} page`, files: pageFiles(html) });
  }
  return bundles.map(({ name, files }) => {
    const data = files.map((f) => readFileSync(join(DIST, f)));
    return { name, files, raw: data.reduce((n, d) => n + d.length, 0), gzip: data.reduce((n, d) => n + gzipSize(d), 0) };
  });
}

export function readBudgets(): Record<string, Budget> {
  return (JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as { budgets: Record<string, Budget> }).budgets;
}

export interface SizeResult {
  figures: Figure[];
  /** Budgets exceeded, or budgeted bundles missing from the build. */
  overBudget: string[];
  bundles: BundleSize[];
}

export function benchSizes(): SizeResult {
  const section = 'Sizes (.output/chrome-mv3, gzip -9 per file, KB = 1,024 B)';
  if (!existsSync(join(DIST, 'manifest.json'))) {
    return { figures: [], overBudget: ['no build in .output/chrome-mv3: run `npx wxt build` first'], bundles: [] };
  }
  const bundles = measureBundles();
  const budgets = readBudgets();
  const overBudget: string[] = [];
  const figures: Figure[] = [];
  for (const b of bundles) {
    const budget = budgets[b.name];
    figures.push({ section, name: `${b.name}, raw`, value: b.raw / KB, unit: 'KB', note: b.files.length > 1 ? b.files.join(' + ') : b.files[0] });
    figures.push({
      section,
      name: `${b.name}, gzip`,
      value: b.gzip / KB,
      unit: 'KB',
      goal: budget?.goalBytes !== undefined ? { op: '<=', value: budget.goalBytes / KB } : undefined,
      note: budget ? `budget ${(budget.gzipBytes / KB).toFixed(1)} KB${b.gzip > budget.gzipBytes ? ' EXCEEDED' : ''}` : 'no budget set',
    });
    if (budget && b.gzip > budget.gzipBytes) overBudget.push(`${b.name}: ${b.gzip} B gzip > budget ${budget.gzipBytes} B`);
  }
  for (const name of Object.keys(budgets)) {
    if (!bundles.some((b) => b.name === name)) overBudget.push(`${name}: in size-budgets.json but not in the build`);
  }
  return { figures, overBudget, bundles };
}
