// Score bands (evidence.md §1 rubric, placed on 0..100) and the floor that keeps "very low"
// for work that builds AI or is embodied.
import type { RiskLevel } from '../model/label';

const BANDS: [min: number, level: RiskLevel][] = [
  [78, 'very-high'],
  [60, 'high'],
  [40, 'medium'],
  [20, 'low'],
  [0, 'very-low'],
];

export function levelOf(score: number): RiskLevel {
  for (const [min, level] of BANDS) if (score >= min) return level;
  return 'very-low';
}

/** The lowest score of "low": other work does not fall below it. */
export const LOW_FLOOR = 20;
