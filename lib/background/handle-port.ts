// A content script's port: each `seen` batch is answered with its pills as soon as it is
// labelled and with the acknowledgement once it is stored, or, when a small batch is stored
// quickly, once with both (ONE_REPLY_WAIT_MS). The page keeps a batch until acknowledged and
// resends it (same id, stored once) on a new port if this worker stops first. The page's
// embedded state arrives ahead of the batches that need it, in parts, and is kept for as long
// as the port lives.
import type { GigLensDatabase } from '../db/open';
import { SeenMessageSchema, StatePartSchema, type PortReply } from '../messaging/messages';
import { DEFAULT_DEPS, guarded, rejected, withDefaults, type HandlerDeps } from './handle-message';
import { labelBatch, storeBatch } from './handle-page';

export { PAGE_PORT } from '../messaging/port-name';

type Post = (reply: PortReply) => void;

/** A batch of a few tiles (a feed showing new listings) is answered once, when stored, if
 *  storing takes no longer than this: one reply, so the band, the verdict and the star reach
 *  the page in one task and are painted in one frame instead of two. A slower store (a woken
 *  worker, a full disk) and bigger batches get their pills first, as soon as labelled. */
const ONE_REPLY_WAIT_MS = 10;
const ONE_REPLY_MAX_ITEMS = 10;

async function handlePortMessage(
  db: () => Promise<GigLensDatabase>,
  raw: unknown,
  post: Post,
  given: HandlerDeps,
  portState: readonly string[],
  oneReplyWaitMs: number,
): Promise<void> {
  const batchId = typeof (raw as { batchId?: unknown })?.batchId === 'string' ? (raw as { batchId: string }).batchId : '';
  const parsed = SeenMessageSchema.safeParse(raw);
  if (!parsed.success) {
    post({ type: 'stored', batchId, reply: rejected(parsed.error.issues) });
    return;
  }
  const message = parsed.data.portState ? { ...parsed.data, state: [...portState] } : parsed.data;
  const deps = withDefaults(given);
  let pills: PortReply | null = null;
  const sendPills = () => {
    if (pills) post(pills);
    pills = null;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reply = await guarded(db, message.items.length, given, async () => {
    const batch = labelBatch(message, await deps.settings());
    pills = { type: 'pills', batchId, pills: batch.pills };
    if (message.items.length > ONE_REPLY_MAX_ITEMS || oneReplyWaitMs <= 0) sendPills();
    else timer = setTimeout(sendPills, oneReplyWaitMs);
    return storeBatch(await db(), message, batch, deps);
  });
  clearTimeout(timer);
  // Not stored: the page still gets its bands (and retries or reports the storing).
  if (!reply.ok) sendPills();
  // The page uses only the pills of the stored reply: the insights (counts, trends) stay
  // here rather than be copied into the page's world for every tile it shows.
  post({ type: 'stored', batchId, reply: reply.ok ? { ok: true, pills: reply.pills } : reply });
}

/** One port's messages: state parts are assembled here, batches handled with that state. */
export function pagePort(
  db: () => Promise<GigLensDatabase>,
  post: Post,
  deps: HandlerDeps = DEFAULT_DEPS,
  oneReplyWaitMs = ONE_REPLY_WAIT_MS,
): (raw: unknown) => void {
  const texts: string[] = [];
  const partial: string[][] = [];
  return (raw) => {
    if ((raw as { type?: unknown })?.type === 'state') {
      const part = StatePartSchema.safeParse(raw);
      if (!part.success) return console.warn('GigLens: a malformed part of the page state was ignored');
      const { index, last } = part.data;
      (partial[index] ??= []).push(part.data.part);
      if (last) texts[index] = partial[index]!.splice(0).join('');
      return;
    }
    void handlePortMessage(db, raw, post, deps, texts.filter((t) => typeof t === 'string'), oneReplyWaitMs);
  };
}
