// Runs the real content pipeline (lib/content/run.ts readPage) on a saved page in happy-dom,
// with the real background handler answering every message over fake IndexedDB: what a tab
// and its service worker do, in one process. Messages are structured-cloned like the browser.
import { handleMessage } from '@/lib/background/handle-message';
import { pagePort } from '@/lib/background/handle-port';
import type { PortLike } from '@/lib/content/page-channel';
import type { Item } from '@/lib/content/annotate';
import type { PageSettings } from '@/lib/content/page-settings';
import { readPage } from '@/lib/content/run';
import { database } from '@/lib/db/open';
import type { MessageInput, Reply } from '@/lib/messaging/messages';
import type { SiteReader } from '@/lib/model/site';
import { loadPage } from '../../fixtures';

export interface RunningPage {
  posted: MessageInput[];
  shown: Set<Item>;
  controller: AbortController;
  settings: PageSettings;
  /** Resolves once every message sent so far (and those their replies caused) is answered. */
  settle(): Promise<void>;
  delivery: ReturnType<typeof readPage>;
}

export function mountPage(file: string): void {
  const doc = loadPage(file);
  // Ad and tracking frames are nothing GigLens reads; happy-dom would try to load them.
  for (const frame of doc.querySelectorAll('iframe')) frame.remove();
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
}

export function runPage(reader: SiteReader, url: URL, settings: PageSettings = { enabled: true }): RunningPage {
  const posted: MessageInput[] = [];
  let inflight = 0;
  const post = async (message: MessageInput): Promise<Reply> => {
    posted.push(message);
    inflight++;
    try {
      return await handleMessage(database, structuredClone(message));
    } finally {
      inflight--;
    }
  };
  /** The page's port: every batch goes to the real port handler, replies come back async. */
  const connect = (): PortLike => {
    const listeners: ((m: never) => void)[] = [];
    const worker = pagePort(database, (reply) => {
      const copy = structuredClone(reply);
      setTimeout(() => listeners.forEach((l) => l(copy as never)), 0);
      if (reply.type === 'stored') setTimeout(() => inflight--, 1);
    });
    return {
      postMessage(message) {
        posted.push(message as MessageInput);
        if ((message as { type?: string }).type === 'seen') inflight++;
        worker(structuredClone(message));
      },
      onMessage: { addListener: (l) => void listeners.push(l as never) },
      onDisconnect: { addListener: () => undefined },
    };
  };
  const controller = new AbortController();
  const shown = new Set<Item>();
  const page: RunningPage = {
    posted,
    shown,
    controller,
    settings,
    delivery: readPage(reader, controller.signal, () => page.settings, shown, post, url, connect),
    async settle() {
      // State parts go one per task ahead of the first batch: while the last message posted is
      // one, the batch is still to come (for at most a second, if the page read nothing).
      const stateLast = () => (posted.at(-1) as { type?: string } | undefined)?.type === 'state';
      const until = Date.now() + 1000;
      for (let quiet = 0; quiet < 3; ) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        quiet = inflight === 0 && (!stateLast() || Date.now() > until) ? quiet + 1 : 0;
      }
    },
  };
  return page;
}
