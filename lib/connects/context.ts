// What the background tells the badge about a job from the user's own records: their mark
// on it, their own hire rate in its category and the repost/ghost findings of their history.
import type { Listing } from '../model/listing';
import type { Finding } from './findings';
import { historyFindings, type HistoryEntry } from './history';
import type { OwnRecord } from './inputs';
import { ownRecords, UNCATEGORISED } from './ledger';
import type { OutcomeRecord } from './outcome';

export interface ConnectsContext {
  outcome: OutcomeRecord | null;
  own: OwnRecord | null;
  history: Finding[];
}

export function connectsContext(
  listing: Listing,
  categoryId: string | null,
  history: readonly HistoryEntry[],
  categoryOutcomes: readonly OutcomeRecord[],
  outcome: OutcomeRecord | null,
  now: number,
): ConnectsContext {
  const own = ownRecords(categoryOutcomes, now).get(categoryId ?? UNCATEGORISED) ?? null;
  return { outcome, own, history: historyFindings(listing, history, now) };
}
