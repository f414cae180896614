// The mark the badge sends when the user says what became of a job they applied to.
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { Advice } from './advise';
import type { OutcomeMark, OutcomeStatus } from './outcome';

/** `connects` is what the user says they spent (boosts included); by default the job's own. */
export function outcomeMark(
  listing: Listing,
  label: Label | null,
  advice: Advice,
  status: OutcomeStatus,
  connects: number | null = advice.cost.assumed ? null : advice.cost.connects,
): OutcomeMark {
  return {
    platform: listing.platform,
    id: listing.id,
    title: listing.title,
    url: listing.url,
    categoryId: label?.category?.id ?? null,
    categoryName: label?.category?.name ?? null,
    status,
    connects,
    priceUsd: advice.cost.priceUsd,
    valueUsd: Math.round(advice.value.usd * 100) / 100,
  };
}
