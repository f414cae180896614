// The background's one message handler: validate, then write. The background is the only
// IndexedDB writer; each message is one transaction.
import { listingKey } from '../model/listing';
import { MessageSchema, type ListingInsight, type Message, type Reply } from '../messaging/messages';
import type { GigLensDatabase } from '../db/open';
import { setSaved, upsertBatch } from '../db/listings';
import { recordPageHealth } from '../db/page-health';

export function describeInvalid(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(message)'}: ${i.message}`)
    .join('; ');
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
}

async function apply(db: GigLensDatabase, message: Message): Promise<Reply> {
  switch (message.type) {
    case 'seen': {
      const now = Date.now();
      const result = await upsertBatch(db, message.batchId, message.items, now);
      await recordPageHealth(db, { ...message.page, at: now });
      const insights: Record<string, ListingInsight> = {};
      for (const s of result.stored) {
        insights[listingKey(s)] = {
          seenCount: s.seenCount,
          firstSeenAt: s.firstSeenAt,
          saved: s.savedAt !== undefined,
        };
      }
      return { ok: true, insights };
    }
    case 'page':
      await recordPageHealth(db, { ...message.page, at: Date.now() });
      return { ok: true };
    case 'star': {
      const stored = await setSaved(db, message.platform, message.id, message.saved);
      if (!stored) return { ok: false, error: 'That listing is not stored yet.', reason: 'invalid' };
      return { ok: true };
    }
  }
}

export async function handleMessage(db: () => Promise<GigLensDatabase>, raw: unknown): Promise<Reply> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    const error = `GigLens rejected a message: ${describeInvalid(parsed.error.issues)}`;
    console.warn(error);
    return { ok: false, error, reason: 'invalid' };
  }
  try {
    return await apply(await db(), parsed.data);
  } catch (error) {
    if (isQuotaError(error)) {
      return {
        ok: false,
        reason: 'quota',
        error: 'Your disk is full: GigLens could not save new listings. Everything saved before is safe.',
      };
    }
    console.error('GigLens could not store a message', error);
    return { ok: false, reason: 'storage', error: `Storage error: ${String(error)}` };
  }
}
