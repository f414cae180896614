// Reads a rule's non-word conditions against a listing. Word conditions are matched for all
// rules at once by the engine (one walk over the listing's words).
import type { Listing } from '../model/listing';
import type { CategoryDef } from '../taxonomy/categories';
import type { Condition } from './rules';

export type Labelable = Pick<Listing, 'title'> &
  Partial<Pick<Listing, 'description' | 'skills' | 'pay' | 'experience' | 'duration' | 'platformCategory' | 'platformSubcategory'>>;

// Budget thresholds are set in dollars; euros and pounds are close enough for "$5–50 gigs".
const NEAR_DOLLAR = /^(usd|us\$|\$|eur|€|gbp|£)$/i;

function budget(listing: Labelable): number | null {
  const pay = listing.pay;
  if (!pay || pay.type === 'hourly' || !NEAR_DOLLAR.test(pay.currency.trim())) return null;
  return pay.amount;
}

const patterns = new Map<string, RegExp>();
const pattern = (source: string): RegExp => {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, 'i')));
  return re;
};

/** Whether a condition other than `words` and `titleWords` holds (those the engine reports). */
export function holds(condition: Condition, listing: Labelable, category: CategoryDef): boolean {
  if ('experience' in condition) return listing.experience === condition.experience;
  if ('budgetAtMost' in condition) {
    const b = budget(listing);
    return b !== null && b > 0 && b <= condition.budgetAtMost;
  }
  if ('budgetAtLeast' in condition) {
    const b = budget(listing);
    return b !== null && b >= condition.budgetAtLeast;
  }
  if ('duration' in condition) return !!listing.duration && pattern(condition.duration).test(listing.duration);
  if ('upwork' in condition) return condition.upwork.includes(category.upwork);
  return true;
}
