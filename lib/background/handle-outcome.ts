// The background's handler of the Connects advisor's messages: store or clear a mark, and
// answer the badge's question about a job from the user's own history.
import type { GigLensDatabase } from '../db/open';
import { recentListings } from '../db/listing-reads';
import { clearOutcome, getOutcome, outcomesInCategory, recordOutcome } from '../db/outcomes';
import { connectsContext, type ConnectsContext } from '../connects/context';
import type { Listing } from '../model/listing';
import type {
  ConnectsContextMessage,
  Message,
  OutcomeClearMessage,
  OutcomeMessage,
  Reply,
} from '../messaging/messages';

/** How far back repost detection looks: the most recently seen listings, newest first. */
export const REPOST_WINDOW = 3000;

export type ConnectsMessage = OutcomeMessage | OutcomeClearMessage | ConnectsContextMessage;

export const isConnectsMessage = (m: Message): m is ConnectsMessage =>
  m.type === 'outcome' || m.type === 'outcome-clear' || m.type === 'connects-context';

export async function handleConnectsMessage(
  db: GigLensDatabase,
  message: ConnectsMessage,
  now: number = Date.now(),
): Promise<Reply> {
  switch (message.type) {
    case 'outcome':
      return { ok: true, outcome: await recordOutcome(db, message.mark, now) };
    case 'outcome-clear':
      await clearOutcome(db, message.platform, message.id);
      return { ok: true, outcome: null };
    case 'connects-context':
      return { ok: true, connects: await contextFor(db, message.listing, message.categoryId, now) };
  }
}

/** What the user's own records say about a job: reposts, ghosts, own hire rate, their mark. */
export async function contextFor(db: GigLensDatabase, listing: Listing, categoryId: string | null, now: number): Promise<ConnectsContext> {
  const [history, outcomes, outcome] = await Promise.all([
    recentListings(db, REPOST_WINDOW),
    categoryId ? outcomesInCategory(db, categoryId) : Promise.resolve([]),
    getOutcome(db, listing.platform, listing.id),
  ]);
  return connectsContext(listing, categoryId, history, outcomes, outcome, now);
}
