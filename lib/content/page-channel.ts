// The page's port to the background for `seen` batches. Each batch is answered twice: pills as
// soon as it is labelled, then an acknowledgement once stored. A batch is kept until its
// acknowledgement, so a service worker stopped mid-batch loses nothing: on a new port the batch
// is resent with the same id and stored once. The page's embedded state goes ahead on each port,
// in parts, one per task: no single post holds the page.
import type { PortReply, Reply, SeenMessage, StatePart } from '../messaging/messages';
import { STATE_PART_CHARS } from '../messaging/port-name';
import type { Pill } from '../model/view';

export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: PortReply) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export type BatchBody = Omit<SeenMessage, 'type' | 'batchId'>;

export interface Channel {
  /** The embedded state batches with `portState` refer to (sent on every port, in parts). */
  setState(texts: readonly string[]): void;
  send(body: BatchBody, onPills: (pills: (Pill | null)[]) => void): Promise<Reply>;
}

interface Pending {
  message: SeenMessage;
  onPills: (pills: (Pill | null)[]) => void;
  done: (reply: Reply) => void;
  attempts: number;
}

const RETRY_DELAYS_MS = [100, 1000, 4000];

/** This page's prefix: batch ids stay unique across pages (the background stores a resent
 *  batch once by its id) while each new id is a counter, not a UUID per tile. */
const PAGE_PREFIX = `${Date.now().toString(36)}-${crypto.randomUUID()}`;
let counter = 0;

export function newBatchId(): string {
  return `${PAGE_PREFIX}-${(counter++).toString(36)}`;
}

export function stateParts(texts: readonly string[]): StatePart[] {
  const parts: StatePart[] = [];
  texts.forEach((text, index) => {
    for (let at = 0; at === 0 || at < text.length; at += STATE_PART_CHARS) {
      const part = text.slice(at, at + STATE_PART_CHARS);
      parts.push({ type: 'state', index, part, last: at + STATE_PART_CHARS >= text.length });
    }
  });
  return parts;
}

/** A new task without setTimeout's 4 ms clamp on nested timers (many parts, no waiting). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function portChannel(connect: () => PortLike, signal: AbortSignal): Channel {
  const pending = new Map<string, Pending>();
  let port: PortLike | null = null;
  let parts: StatePart[] = [];
  /** Settles once this port has every part of the state: batches that need it wait. */
  let stateSent: Promise<void> = Promise.resolve();
  const sendState = async (target: PortLike) => {
    for (const part of parts) {
      await nextTask();
      if (port !== target || signal.aborted) return;
      try {
        target.postMessage(part);
      } catch {
        return; // the port closed: its disconnect sends everything again on a new one
      }
    }
  };
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
    port = fresh;
    // A new worker knows nothing of this page: its state goes again, before any batch.
    stateSent = parts.length ? sendState(fresh) : Promise.resolve();
    return fresh;
  };
  const postTo = (target: PortLike, p: Pending) => {
    if (signal.aborted) return;
    try {
      target.postMessage(p.message);
    } catch (error) {
      if (port === target) port = null;
      retry(p, String(error));
    }
  };
  const post = (p: Pending) => {
    if (signal.aborted) return;
    let target: PortLike;
    try {
      target = open();
    } catch (error) {
      return retry(p, String(error));
    }
    if (!p.message.portState) return postTo(target, p);
    // After the state's last part on this port; on a port that has since closed, again.
    void stateSent.then(() => (port === target ? postTo(target, p) : post(p)));
  };
  return {
    setState(texts) {
      parts = stateParts(texts);
      if (port) stateSent = sendState(port);
    },
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
