// The baseline module against the research files it was typed from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SHARED } from '../../fixtures';
import { UPWORK_TOP_CATEGORIES } from '@/lib/model/label';
import { BASELINE_ROWS, DEMAND_NOTES, EVIDENCE_SOURCES } from '@/lib/trends/baseline-data';
import { baselineFor } from '@/lib/trends/baseline';

/** Minimal CSV reader for the research files (quoted fields, no embedded newlines). */
function readCsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const split = (line: string) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1]!);
  const names = split(head!);
  return lines.map((line) => Object.fromEntries(split(line).map((v, n) => [names[n]!, v])));
}

const research = join(SHARED, 'research');
const baselineCsv = readCsv(join(research, 'market-baseline.csv'));

describe('baseline data', () => {
  test('covers each of the 12 Upwork top categories', () => {
    expect(Object.keys(BASELINE_ROWS).sort()).toEqual([...UPWORK_TOP_CATEGORIES].sort());
    expect(baselineCsv).toHaveLength(12);
  });

  test.each(baselineCsv.map((r) => [r['upwork_category']!, r] as const))('%s matches market-baseline.csv', (name, r) => {
    const row = BASELINE_ROWS[name as keyof typeof BASELINE_ROWS];
    expect(row).toEqual({
      share2023: Number(r['share_2023_01']),
      share2026: Number(r['share_2026_07_08']),
      shareRatio: Number(r['share_ratio']),
      medianHourly2023: Number(r['median_hourly_usd_2023_01']),
      avgHourly2023: Number(r['avg_hourly_usd_2023_01']),
      avgHourly2026: Number(r['avg_hourly_usd_2026_07_08']),
      medianFixed2023: Number(r['median_fixed_usd_2023_01']),
      medianFixed2026: Number(r['median_fixed_usd_2026_07_08']),
      jobs2023: Number(r['jobs_2023_sample']),
      jobs2026: Number(r['jobs_2026_sample']),
    });
  });

  test('the 2026 shares, posts and hourly averages follow from SnipeWork weeks W28–W32', () => {
    const weeks = readCsv(join(SHARED, 'datasets', 'snipework-2026', 'categories.csv')).filter(
      (r) => r['week']! >= '2026-W28' && r['week']! <= '2026-W32',
    );
    const total = weeks.reduce((sum, r) => sum + Number(r['jobs']), 0);
    expect(total).toBe(77_827);
    for (const name of UPWORK_TOP_CATEGORIES) {
      const mine = weeks.filter((r) => r['category'] === name);
      expect(mine).toHaveLength(5);
      const jobs = mine.reduce((sum, r) => sum + Number(r['jobs']), 0);
      const avgHourly = mine.reduce((sum, r) => sum + Number(r['avg_hourly_usd']), 0) / 5;
      expect(BASELINE_ROWS[name].jobs2026).toBe(jobs);
      expect(BASELINE_ROWS[name].share2026).toBeCloseTo(jobs / total, 4);
      expect(BASELINE_ROWS[name].avgHourly2026).toBeCloseTo(avgHourly, 1);
    }
  });

  test('every demand note cites a bibliography entry of evidence.md that it names', () => {
    const evidence = readFileSync(join(research, 'evidence.md'), 'utf8');
    for (const notes of Object.values(DEMAND_NOTES)) {
      for (const note of notes) {
        expect(note.sources.length).toBeGreaterThan(0);
        for (const n of note.sources) {
          expect(EVIDENCE_SOURCES[n], `source ${n}`).toBeDefined();
          expect(evidence).toMatch(new RegExp(`^${n}\\. `, 'm'));
        }
      }
    }
  });

  test('Writing: the badge example figures', () => {
    const writing = baselineFor('Writing');
    expect(writing?.before.period).toBe('Jan 2023');
    expect(writing?.after.period).toBe('Jul–Aug 2026');
    expect(writing?.figures.share2023).toBe(0.091);
    expect(writing?.figures.share2026).toBe(0.0269);
    expect(writing?.after.source).toBe('snipework-2026');
    expect(baselineFor(null)).toBeNull();
  });
});
