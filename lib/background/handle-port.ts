// A content script's port: each `seen` batch is answered twice, with its pills as soon as it
// is labelled (the band on the page within a frame) and with the acknowledgement once it is
// stored. The page keeps a batch until acknowledged and resends it (same id, stored once)
// on a new port if this worker stops first.
import type { GigLensDatabase } from '../db/open';
import { SeenMessageSchema, type PortReply } from '../messaging/messages';
import { DEFAULT_DEPS, guarded, rejected, withDefaults, type HandlerDeps } from './handle-message';
import { labelBatch, storeBatch } from './handle-page';

export { PAGE_PORT } from '../messaging/port-name';

export async function handlePortMessage(
  db: () => Promise<GigLensDatabase>,
  raw: unknown,
  post: (reply: PortReply) => void,
  given: HandlerDeps = DEFAULT_DEPS,
): Promise<void> {
  const batchId = typeof (raw as { batchId?: unknown })?.batchId === 'string' ? (raw as { batchId: string }).batchId : '';
  const parsed = SeenMessageSchema.safeParse(raw);
  if (!parsed.success) {
    post({ type: 'stored', batchId, reply: rejected(parsed.error.issues) });
    return;
  }
  const message = parsed.data;
  const deps = withDefaults(given);
  const reply = await guarded(db, message.items.length, given, async () => {
    const batch = labelBatch(message, await deps.settings());
    post({ type: 'pills', batchId, pills: batch.pills });
    return storeBatch(await db(), message, batch, deps);
  });
  post({ type: 'stored', batchId, reply });
}
