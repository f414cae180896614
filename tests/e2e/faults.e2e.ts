// The service worker stopped in the middle of a batch, in Chromium: the content script's
// unacknowledged batch is resent with the same id and stored once. To stop it at a known
// point, an extension page holds a transaction on one store, so the worker's handling of the
// batch waits there; the worker is stopped through CDP, the store released, and the resend
// (which wakes a new worker) must leave exactly one copy of everything.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, leavingRequests, startSession, stopWorker as stopHarnessWorker, type Session } from './harness';

/** Holds a readwrite transaction on `store` open until released (a chain of requests). */
const HOLD = `async (store) => {
  const db = await new Promise((ok, fail) => {
    const open = indexedDB.open('giglens');
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
  });
  const tx = db.transaction(store, 'readwrite');
  const target = tx.objectStore(store);
  window.__giglensRelease = false;
  const spin = () => { if (!window.__giglensRelease) target.count().onsuccess = spin; };
  spin();
  window.__giglensHeld = new Promise((ok) => { tx.oncomplete = () => { db.close(); ok(true); }; });
}`;

/** What is stored, read from an extension page (readonly, on stores the hold does not cover). */
const READ = `async (stores) => {
  const db = await new Promise((ok, fail) => {
    const open = indexedDB.open('giglens');
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
  });
  const out = {};
  for (const name of stores) {
    out[name] = await new Promise((ok) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => ok(request.result);
    });
  }
  db.close();
  return out;
}`;

interface Stored {
  /** Records since schema v4: `n` is the seen count, left out while it is 1. */
  listings?: { platform: string; id: string; n?: number }[];
  batches?: { batchId: string }[];
  pageHealth?: { platform: string; kind: string; health: { found: number; parsed: number } }[];
}

describe('the service worker stopped in the middle of a batch', () => {
  let session: Session;
  let extensionPage: Page;

  const read = (stores: string[]) => extensionPage.evaluate(`(${READ})(${JSON.stringify(stores)})`) as Promise<Stored>;
  const stopWorker = () => stopHarnessWorker(session, extensionPage);
  async function waitFor<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== null) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    session = await startSession();
    // The popup opens the database (creating it at the current version) before anyone holds it.
    extensionPage = await session.extensionPage('popup.html');
    await extensionPage.waitForSelector('[data-giglens-counts]');
  });
  afterAll(async () => {
    const requests = (await session?.close()) ?? [];
    expect(leavingRequests(requests)).toEqual([]);
  });

  it('stored but unacknowledged: the resent batch is recognised and counted once', async () => {
    // Hold pageHealth: the worker commits the listings, then waits before it can reply.
    await extensionPage.evaluate(`(${HOLD})('pageHealth')`);
    const tab = await session.open('upwork-search-2024-09-logged-in-snippet.html');
    await annotations(tab, 20);
    // The page reads in slices of a few milliseconds: one batch or more, each on the port.
    const committed = await waitFor('the batches to be stored', async () => {
      const { batches = [], listings = [] } = await read(['batches', 'listings']);
      return listings.length === 20 ? batches : null;
    });
    expect(committed.length).toBeGreaterThanOrEqual(1);

    await stopWorker();
    await extensionPage.evaluate('window.__giglensRelease = true; window.__giglensHeld');

    // The resend wakes a new worker, which finds the batch id stored and replies.
    const health = await waitFor('the resent batches to be answered', async () => {
      const { pageHealth = [] } = await read(['pageHealth']);
      const h = pageHealth.find((p) => p.platform === 'upwork');
      return h?.health.found === 20 ? h : null;
    });
    expect(health).toMatchObject({ kind: 'search', health: { found: 20, parsed: 20 } });
    const { listings = [], batches = [] } = await read(['listings', 'batches']);
    expect(batches.map((b) => b.batchId).sort()).toEqual(committed.map((b) => b.batchId).sort());
    expect(listings.filter((l) => l.platform === 'upwork')).toHaveLength(20);
    expect(listings.map((l) => l.n ?? 1)).toEqual(Array(20).fill(1));
    await tab.close();
  });

  it('not yet stored: the resent batch is stored once', async () => {
    // Hold listings: the worker's write of the batch waits and dies with the worker.
    await extensionPage.evaluate(`(${HOLD})('listings')`);
    const tab = await session.open('fiverr-search-2025-08.html');
    await annotations(tab, 27);
    // The batch is sent as soon as the tiles are badged; let the worker take it. (Reading the
    // stores now would queue behind the worker's pending transaction, itself behind the hold.)
    await tab.waitForTimeout(1000);

    await stopWorker();
    await extensionPage.evaluate('window.__giglensRelease = true; window.__giglensHeld');

    // 27 cards, one gig shown twice (an ad and its organic slot): 26 listings.
    const fiverr = await waitFor('the resent batches to be stored', async () => {
      const { listings = [] } = await read(['listings']);
      const found = listings.filter((l) => l.platform === 'fiverr');
      return found.length === 26 ? found : null;
    });
    expect(fiverr.map((l) => l.n ?? 1)).toEqual(Array(26).fill(1));
    const { batches = [], pageHealth = [] } = await read(['batches', 'pageHealth']);
    expect(new Set(batches.map((b) => b.batchId)).size).toBe(batches.length);
    const health = await waitFor('the fuller page health', async () => {
      const { pageHealth: h = [] } = await read(['pageHealth']);
      const f = h.find((p) => p.platform === 'fiverr');
      return f?.health.found === 27 ? f : null;
    });
    expect(pageHealth.length).toBeGreaterThan(0);
    expect(health).toMatchObject({ kind: 'search', health: { found: 27, parsed: 27 } });
    await tab.close();
  });
});
