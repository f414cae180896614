// What the extension keeps: a page seen twice counts twice without duplicates, and on a job
// page the Connects panel shows the real cost and stores the user's outcome for the ledger.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, leavingRequests, startSession, type Session } from './harness';

/** Reads a whole store of the `giglens` database from an extension page. */
function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('giglens');
        open.onsuccess = () => {
          const get = open.result.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Record<string, unknown>[]);
          };
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

describe('history in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    expect(leavingRequests((await session?.close()) ?? [])).toEqual([]);
  });

  it('counts a page loaded twice as seen twice, with no duplicates', async () => {
    const popup = await session.extensionPage('popup.html');
    for (let visit = 1; visit <= 2; visit++) {
      const page = await session.open('upwork-search-2024-09-logged-in-snippet.html');
      await annotations(page, 20);
      await expect
        // Records since schema v4: `n` is the seen count, left out while it is 1.
        .poll(async () => (await readStore(popup, 'listings')).map((l) => l.n ?? 1), { timeout: 10_000 })
        .toEqual(Array(20).fill(visit));
      await page.close();
    }
  });

  it('shows the Connects panel on a job page and stores the outcome the user marks', async () => {
    const page = await session.open('upwork-job-2024-08-hourly.html');
    await annotations(page, 1);
    const badge = page.locator('giglens-badge').first();
    await expect(badge.locator('button.pill .verdict').textContent()).resolves.toMatch(/^Connects: (Worth it|Think twice|Skip)$/);
    await badge.locator('button.pill').click();
    const panel = badge.locator('section.gl-connects');
    await expect(panel.locator('[data-cost]').textContent()).resolves.toMatch(/^22 Connects = \$3\.30/);
    await panel.locator('button[data-status="applied"]').click();
    await badge.locator('[data-outcome="applied"]').waitFor();
    const popup = await session.extensionPage('popup.html');
    const outcomes = await readStore(popup, 'outcomes');
    expect(outcomes).toEqual([
      expect.objectContaining({ platform: 'upwork', id: '~0192f64b63ede4e596', status: 'applied', connects: 22 }),
    ]);
  });
});
