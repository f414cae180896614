// The AI-era table (ai-era-table.ts): each listing gets its expected category, mode and band,
// and the agreement is printed for the closing note.
import { describe, expect, test } from 'vitest';
import { labelWith } from '@/lib/rules/engine';
import { AI_ERA_TABLE } from './ai-era-table';

const got = AI_ERA_TABLE.map((r) => {
  const label = labelWith(r.listing);
  return { row: r, actual: [label.category!.id, label.risk!.mode, label.risk!.level] as const };
});

describe('AI-era listings', () => {
  test('the table has at least 60 rows covering building, operating and reviewing AI and classic work', () => {
    expect(AI_ERA_TABLE.length).toBeGreaterThanOrEqual(60);
    for (const mode of ['builds-ai', 'operates-ai', 'reviews-ai', 'automation', 'augmentation'] as const) {
      expect(AI_ERA_TABLE.filter((r) => r.mode === mode).length, mode).toBeGreaterThanOrEqual(3);
    }
  });

  test('agreement on category, mode and band', () => {
    const agree = (i: number) => got.filter((g) => g.actual[i] === [g.row.category, g.row.mode, g.row.band][i]).length;
    const all = got.filter((g) => g.actual.join() === [g.row.category, g.row.mode, g.row.band].join()).length;
    console.log(
      `AI-era table: ${all}/${got.length} rows fully agree; category ${agree(0)}, mode ${agree(1)}, band ${agree(2)} of ${got.length}`,
    );
    const misses = got.filter((g) => g.actual.join() !== [g.row.category, g.row.mode, g.row.band].join());
    expect(misses.filter((g) => !g.row.known).map((g) => `${g.row.listing.title}: ${g.actual.join(' ')}`)).toEqual([]);
    // A known miss that now agrees should lose its note.
    expect(got.filter((g) => g.row.known && !misses.includes(g)).map((g) => g.row.listing.title)).toEqual([]);
  });
});
