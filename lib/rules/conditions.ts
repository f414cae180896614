// Reads a rule's non-word conditions against a listing. Word conditions are matched for all
// rules at once by the engine (one walk over the listing's words). Each rule's conditions are
// compiled once into tests of one shape, so checking them per listing reads fields rather than
// probing which kind of condition each object is.
import type { Experience, Listing } from '../model/listing';
import type { CategoryDef } from '../taxonomy/categories';
import type { Condition } from './rules';

export type Labelable = Pick<Listing, 'title'> &
  Partial<Pick<Listing, 'description' | 'skills' | 'pay' | 'experience' | 'duration' | 'platformCategory' | 'platformSubcategory'>>;

// Budget thresholds are set in dollars; euros and pounds are close enough for "$5–50 gigs".
const NEAR_DOLLAR = /^(usd|us\$|\$|eur|€|gbp|£)$/i;

/** A fixed budget or "From" price in a near-dollar currency, else null. */
export function budgetOf(listing: Labelable): number | null {
  const pay = listing.pay;
  if (!pay || pay.type === 'hourly' || !nearDollar(pay.currency)) return null;
  return pay.amount;
}

// Pages show a handful of currencies and durations: each is read by its pattern once.
const LIMIT = 1000;
const currencies = new Map<string, boolean>();
function nearDollar(currency: string): boolean {
  let near = currencies.get(currency);
  if (near === undefined) {
    if (currencies.size > LIMIT) currencies.clear();
    currencies.set(currency, (near = NEAR_DOLLAR.test(currency.trim())));
  }
  return near;
}

function durationHolds(t: Test, duration: string): boolean {
  const seen = t.durations!;
  let holds = seen.get(duration);
  if (holds === undefined) {
    if (seen.size > LIMIT) seen.clear();
    seen.set(duration, (holds = t.pattern!.test(duration)));
  }
  return holds;
}

const [WORDS, EXPERIENCE, AT_MOST, AT_LEAST, DURATION, UPWORK, ALWAYS] = [0, 1, 2, 3, 4, 5, 6];

export interface Test {
  kind: number;
  experience: Experience | null;
  amount: number;
  pattern: RegExp | null;
  /** Duration texts already tested against `pattern`. */
  durations: Map<string, boolean> | null;
  tops: readonly string[] | null;
}

function compile(c: Condition): Test {
  const t: Test = { kind: ALWAYS, experience: null, amount: 0, pattern: null, durations: null, tops: null };
  if ('words' in c || 'titleWords' in c) t.kind = WORDS;
  else if ('experience' in c) (t.kind = EXPERIENCE), (t.experience = c.experience);
  else if ('budgetAtMost' in c) (t.kind = AT_MOST), (t.amount = c.budgetAtMost);
  else if ('budgetAtLeast' in c) (t.kind = AT_LEAST), (t.amount = c.budgetAtLeast);
  else if ('duration' in c) (t.kind = DURATION), (t.pattern = new RegExp(c.duration, 'i')), (t.durations = new Map());
  else if ('upwork' in c) (t.kind = UPWORK), (t.tops = c.upwork);
  return t;
}

/** A rule's conditions as tests, in order. */
export const compileConditions = (when: readonly Condition[]): Test[] => when.map(compile);

/** Whether every test holds. `found`: whether the rule's phrases were found (its word
 *  conditions); `budget`: budgetOf(listing). */
export function allHold(tests: readonly Test[], found: boolean, listing: Labelable, category: CategoryDef, budget: number | null): boolean {
  for (const t of tests) {
    switch (t.kind) {
      case WORDS:
        if (!found) return false;
        break;
      case EXPERIENCE:
        // (No level first: a level compared with null would be a new kind of comparison to the
        // compiled code the first time a listing without one comes, and throw it away.)
        if (listing.experience == null || listing.experience !== t.experience) return false;
        break;
      case AT_MOST:
        if (!(budget !== null && budget > 0 && budget <= t.amount)) return false;
        break;
      case AT_LEAST:
        if (!(budget !== null && budget >= t.amount)) return false;
        break;
      case DURATION:
        if (!listing.duration || !durationHolds(t, listing.duration)) return false;
        break;
      case UPWORK:
        if (!t.tops!.includes(category.upwork)) return false;
        break;
    }
  }
  return true;
}
