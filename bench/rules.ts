// Labels per second of the rules engine in Node (goal: 100,000/s), on listings built from the
// dev dataset's real titles, budgets, tiers and durations, each with a description made of
// other titles (about 400 characters) so the description path is measured too.
//   node --import tsx bench/rules.ts [--short]
import { labelWith, type Labelable } from '../lib/rules/engine';
import { readDevRows } from './dev-dataset';

const TIER: Record<string, Labelable['experience']> = { 'Entry level': 'entry', Intermediate: 'intermediate', Expert: 'expert' };

export function benchListings(): Labelable[] {
  const rows = readDevRows();
  return rows.map((r, i) => ({
    title: r.title,
    description: Array.from({ length: 6 }, (_, k) => rows[(i * 7 + k * 131) % rows.length]!.title).join('. '),
    skills: [],
    pay: r.amount !== null ? { type: 'fixed', amount: r.amount, currency: 'USD' } : null,
    experience: TIER[r.tier] ?? null,
    duration: r.duration || null,
  }));
}

export interface RulesBench {
  /** Per second of this process's CPU time: what the engine costs, whatever else the machine runs. */
  labelsPerSecond: number;
  /** Per second of wall-clock time: equal to the above on an idle machine, lower on a busy one. */
  wallLabelsPerSecond: number;
}

export async function benchRules(opts: { short: boolean }): Promise<RulesBench> {
  const listings = benchListings();
  const total = opts.short ? 20_000 : 200_000;
  // Warm-up: the lazy indexes and the JIT's optimised code, so the figure is the engine's steady
  // throughput over a long session (with 2,000 labels the compiler was still at work inside the
  // measured run); what a woken worker pays before its first label is the cold-worker figure.
  for (let i = 0; i < 20_000; i++) labelWith(listings[i % listings.length]!);
  let sink = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < total; i++) sink += labelWith(listings[i % listings.length]!).risk!.score;
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  if (sink < 0) throw new Error('unreachable');
  return {
    labelsPerSecond: Math.round(total / ((used.user + used.system) / 1e6)),
    wallLabelsPerSecond: Math.round(total / wall),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchRules({ short: process.argv.includes('--short') });
  const fmt = (n: number) => n.toLocaleString('en-US');
  console.log(`rules engine: ${fmt(r.labelsPerSecond)} labels/s of CPU time (${fmt(r.wallLabelsPerSecond)} by the wall clock; goal 100,000)`);
}
