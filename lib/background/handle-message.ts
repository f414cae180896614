// The background's one message handler: validate, then write. The background is the only
// IndexedDB writer; each message is one transaction.
import { listingKey } from '../model/listing';
import { MessageSchema, type ListingInsight, type Message, type Reply } from '../messaging/messages';
import type { GigLensDatabase } from '../db/open';
import { setSaved, upsertBatch } from '../db/listings';
import { recordStorageFull } from '../db/meta';
import { recordPageHealth } from '../db/page-health';
import { isQuotaError } from '../db/transaction';
import type { Settings } from '../settings/settings-schema';
import { loadSettings } from '../settings/settings-store';
import { trendsFor } from '../trends/listing-trends';
import { handleConnectsMessage } from './handle-outcome';

export function describeInvalid(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(message)'}: ${i.message}`)
    .join('; ');
}

export interface HandlerDeps {
  settings: () => Promise<Pick<Settings, 'retentionCap'>>;
  now: () => number;
}

const DEFAULT_DEPS: HandlerDeps = { settings: loadSettings, now: Date.now };

async function apply(db: GigLensDatabase, message: Message, deps: HandlerDeps): Promise<Reply> {
  switch (message.type) {
    case 'seen': {
      const now = deps.now();
      const { retentionCap } = await deps.settings();
      const result = await upsertBatch(db, message.batchId, message.items, now, retentionCap);
      await recordPageHealth(db, { ...message.page, at: now });
      const trends = await trendsFor(db, result.stored, now);
      const insights: Record<string, ListingInsight> = {};
      for (const s of result.stored) {
        const key = listingKey(s);
        insights[key] = {
          seenCount: s.seenCount,
          firstSeenAt: s.firstSeenAt,
          saved: s.savedAt !== undefined,
          trend: trends.get(key) ?? null,
        };
      }
      return { ok: true, insights };
    }
    case 'page':
      await recordPageHealth(db, { ...message.page, at: deps.now() });
      return { ok: true };
    case 'star': {
      const stored = await setSaved(db, message.platform, message.id, message.saved);
      if (!stored) return { ok: false, error: 'That listing is not stored yet.', reason: 'invalid' };
      return { ok: true };
    }
    case 'outcome':
    case 'outcome-clear':
    case 'connects-context':
      return handleConnectsMessage(db, message, deps.now());
  }
}

export async function handleMessage(
  db: () => Promise<GigLensDatabase>,
  raw: unknown,
  deps: HandlerDeps = DEFAULT_DEPS,
): Promise<Reply> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    const error = `GigLens rejected a message: ${describeInvalid(parsed.error.issues)}`;
    console.warn(error);
    return { ok: false, error, reason: 'invalid' };
  }
  try {
    return await apply(await db(), parsed.data, deps);
  } catch (error) {
    if (isQuotaError(error)) {
      // The batch's transaction was aborted whole: what was stored before is untouched.
      const lost = parsed.data.type === 'seen' ? parsed.data.items.length : 0;
      await db().then((d) => recordStorageFull(d, lost, deps.now()), () => undefined);
      return {
        ok: false,
        reason: 'quota',
        error: 'Your disk is full: GigLens could not save new listings. Everything saved before is safe.',
      };
    }
    if (error instanceof Error && error.name === 'VersionError') {
      // An older copy of GigLens meets the database a newer copy upgraded.
      return {
        ok: false,
        reason: 'storage',
        error: 'GigLens was updated: reload this tab (or restart the browser) so it uses the new version. Nothing was lost.',
      };
    }
    console.error('GigLens could not store a message', error);
    return { ok: false, reason: 'storage', error: `Storage error: ${String(error)}` };
  }
}
