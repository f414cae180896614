// Plain figures from a listing's pay, shared by the flags and the value estimate.
import type { Pay } from '../model/listing';

/** The middle of an hourly range; one end when only one is shown; null when none is. */
export function hourlyMid(pay: Extract<Pay, { type: 'hourly' }>): number | null {
  const { min, max } = pay;
  if (min !== null && max !== null) return (min + max) / 2;
  return min ?? max;
}
