// The archive is what is tested: the Chrome store zip, unpacked as the store would, loaded
// into Chromium; it annotates both sites, its popup counts what it stored, nothing leaves.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivePath, unzip } from './archives';
import { annotations, leavingRequests, startSession, TMP, type Session } from './harness';

describe('the Chrome store archive in Chromium', () => {
  let session: Session;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(TMP, 'archive-'));
    unzip(archivePath('chrome'), dir);
    session = await startSession({ dist: dir });
  });
  afterAll(async () => {
    const requests = (await session?.close()) ?? [];
    rmSync(dir, { recursive: true, force: true });
    expect(leavingRequests(requests)).toEqual([]);
  });

  it('annotates both sites and lists them in its popup', async () => {
    for (const [file, count] of [['upwork-search-2024-09-logged-in-snippet.html', 20], ['fiverr-search-2025-08.html', 27]] as const) {
      const page = await session.open(file);
      expect(await annotations(page, count)).toHaveLength(count);
      await page.close();
    }
    const popup = await session.extensionPage('popup.html');
    await popup.waitForSelector('[data-giglens-counts]');
    await expect(popup.textContent('[data-platform="upwork"]')).resolves.toBe('20');
    await expect(popup.textContent('[data-platform="fiverr"]')).resolves.toBe('26');
  });
});
