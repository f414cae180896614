import { expect, test } from 'vitest';
import { ticks, weekLabels } from '@/components/charts/scale';

test.each<[number, number, boolean, number[]]>([
  [0.43, 4, false, [0, 0.2, 0.4, 0.6]],
  [0.2944, 4, false, [0, 0.1, 0.2, 0.3]],
  [45, 4, false, [0, 20, 40, 60]],
  [1000, 4, false, [0, 500, 1000]],
  [52, 4, true, [0, 20, 40, 60]],
  [3, 4, true, [0, 1, 2, 3]],
  [1, 4, true, [0, 1]],
  [0, 4, true, [0, 1]],
])('ticks(%d, %d, integer %s) → %j', (max, count, integer, expected) => {
  expect(ticks(max, count, integer)).toEqual(expected);
});

test('week labels carry the year on the first week and on a new year', () => {
  expect(weekLabels(['2025-W51', '2025-W52', '2026-W01', '2026-W02'])).toEqual(['W51 2025', 'W52', 'W01 2026', 'W02']);
});
