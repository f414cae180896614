// Sends what a page showed to the background in batches and keeps each batch until the
// background acknowledges it, so a service worker stopped mid-batch loses nothing: the batch
// is resent with the same id and stored once.
import type { Reply, SeenMessage } from '../messaging/messages';

export interface BatchSender {
  send(message: Omit<SeenMessage, 'type' | 'batchId'>): Promise<Reply>;
}

const RETRY_DELAYS_MS = [250, 1000, 4000];

export function newBatchId(): string {
  return `${Date.now().toString(36)}-${crypto.randomUUID()}`;
}

export function createBatchSender(
  post: (message: SeenMessage) => Promise<Reply>,
  signal: AbortSignal,
  wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): BatchSender {
  return {
    async send(body) {
      const message: SeenMessage = { type: 'seen', batchId: newBatchId(), ...body };
      let last: Reply = { ok: false, reason: 'storage', error: 'not sent' };
      for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
        if (signal.aborted) break;
        try {
          last = await post(message);
          // Invalid and quota replies will not change on a resend.
          if (last.ok || last.reason !== 'storage') return last;
        } catch (error) {
          last = { ok: false, reason: 'storage', error: String(error) };
        }
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay !== undefined) await wait(delay);
      }
      return last;
    },
  };
}
