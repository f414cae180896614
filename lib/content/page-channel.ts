// The page's port to the background for `seen` batches. Each batch is answered twice: pills as
// soon as it is labelled, then an acknowledgement once stored. A batch is kept until its
// acknowledgement, so a service worker stopped mid-batch loses nothing: on a new port the batch
// is resent with the same id and stored once.
import type { PortReply, Reply, SeenMessage } from '../messaging/messages';
import type { Pill } from '../model/view';

export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: PortReply) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export type BatchBody = Omit<SeenMessage, 'type' | 'batchId'>;

export interface Channel {
  send(body: BatchBody, onPills: (pills: (Pill | null)[]) => void): Promise<Reply>;
}

interface Pending {
  message: SeenMessage;
  onPills: (pills: (Pill | null)[]) => void;
  done: (reply: Reply) => void;
  attempts: number;
}

const RETRY_DELAYS_MS = [100, 1000, 4000];

export function newBatchId(): string {
  return `${Date.now().toString(36)}-${crypto.randomUUID()}`;
}

export function portChannel(connect: () => PortLike, signal: AbortSignal): Channel {
  const pending = new Map<string, Pending>();
  let port: PortLike | null = null;
  const retry = (p: Pending, why: string) => {
    const delay = RETRY_DELAYS_MS[p.attempts++];
    if (delay === undefined || signal.aborted) {
      pending.delete(p.message.batchId);
      p.done({ ok: false, reason: 'storage', error: why });
    } else setTimeout(() => post(p), delay);
  };
  const onReply = (r: PortReply) => {
    const p = pending.get(r.batchId);
    if (!p) return;
    if (r.type === 'pills') return p.onPills(r.pills);
    // Invalid and quota replies will not change on a resend.
    if (!r.reply.ok && r.reply.reason === 'storage') return retry(p, r.reply.error);
    pending.delete(r.batchId);
    p.done(r.reply);
  };
  const open = (): PortLike => {
    if (port) return port;
    const fresh = connect();
    fresh.onMessage.addListener(onReply);
    fresh.onDisconnect.addListener(() => {
      if (port === fresh) port = null;
      // The worker stopped (or restarted): what it did not acknowledge goes again.
      for (const p of pending.values()) retry(p, 'The background stopped before storing this batch.');
    });
    return (port = fresh);
  };
  const post = (p: Pending) => {
    if (signal.aborted) return;
    try {
      open().postMessage(p.message);
    } catch (error) {
      port = null;
      retry(p, String(error));
    }
  };
  return {
    send(body, onPills) {
      const message: SeenMessage = { type: 'seen', batchId: newBatchId(), ...body };
      return new Promise((done) => {
        const p = { message, onPills, done, attempts: 0 };
        pending.set(message.batchId, p);
        post(p);
      });
    },
  };
}
