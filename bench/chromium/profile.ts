// Where GigLens's main-thread time goes, function by function: V8's sampling profiler over
// tiles inserted one at a time (or the first, cold tile with --cold), self time grouped by
// the GigLens function nearest on the stack, with a snippet of the minified bundle to find it.
//   node --import tsx bench/chromium/profile.ts [upwork|fiverr] [--cold]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, extraPages, startSession } from '../../tests/e2e/harness';
import { INSERT_TILES } from './in-page';
import { SOURCES, buildTilePage } from './tile-pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const site = process.argv[2] === 'fiverr' ? 'fiverr' : 'upwork';
const cold = process.argv.includes('--cold');
const page = buildTilePage(SOURCES.find((s) => s.site.platform === site)!);
for (const [url, html] of page.serve(10)) extraPages.set(url, html);
const session = await startSession();
const tab = await session.openUrl(page.url);
await tab.waitForTimeout(1500);
const insert = (tiles: string[]) =>
  tab.evaluate(`(${INSERT_TILES})(${JSON.stringify({ tiles, batch: 1, gapMs: 30, waitBadge: true, timeoutMs: 3000 })})`);
const count = cold ? 1 : 60;
if (!cold) await insert(page.tiles(5, 500));
const cdp = await session.context.newCDPSession(tab);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await insert(page.tiles(count));
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
await session.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const ours = (n: ProfileNode) => n.callFrame.url.startsWith('chrome-extension://');
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  let node = byId.get(id);
  const leaf = node!;
  while (node && !ours(node)) node = byId.get(parent.get(node.id) ?? -1);
  if (!node) return;
  const at = `${node.callFrame.functionName || '(anonymous)'}@${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
  const key = ours(leaf) ? at : `[${leaf.callFrame.functionName || 'native'}] under ${at}`;
  self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i]!);
  total += profile.timeDeltas[i]!;
});
const bundle = readFileSync(join(DIST, 'content-scripts', `${site}.js`), 'utf8').split('\n');
console.log(`${site}: ${(total / 1000).toFixed(1)} ms in GigLens over ${count} tile(s), ${(total / 1000 / count).toFixed(2)} ms each (profiler on)`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  const [, line, column] = /@(\d+):(\d+)$/.exec(key) ?? [];
  const snippet = line ? bundle[Number(line)]?.slice(Number(column), Number(column) + 80) : '';
  console.log(`${(us / 1000).toFixed(1).padStart(7)} ms  ${key.slice(0, 60).padEnd(60)}  ${snippet}`);
}
