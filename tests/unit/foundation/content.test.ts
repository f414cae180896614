import { describe, expect, it } from 'vitest';
import { annotate, ID_ATTR, RISK_ATTR } from '@/lib/content/annotate';
import { createBatchSender } from '@/lib/content/batch-sender';
import { observeElements } from '@/lib/content/observe-elements';
import { labelListing } from '@/lib/label/label-listing';
import type { Reply, SeenMessage } from '@/lib/messaging/messages';
import { upwork } from '@/lib/upwork/adapter';
import { readPage } from '../../fixtures';

const URL_2024_09 = new URL('https://www.upwork.com/nx/search/jobs/?q=automation');

function mountFixture(file: string): void {
  document.body.innerHTML = new DOMParser().parseFromString(readPage(file), 'text/html').body.innerHTML;
}

describe('content pipeline on a real saved page', () => {
  it('annotates every tile once, also tiles the page adds later', async () => {
    mountFixture('upwork-search-2024-09-logged-in-snippet.html');
    const selector = upwork.listingSelector(upwork.pageKind(URL_2024_09)!)!;
    const controller = new AbortController();
    const batches: number[] = [];
    observeElements(
      document.body,
      selector,
      (elements) => {
        const result = annotate(elements, upwork, { url: URL_2024_09, doc: document }, labelListing, () => undefined);
        batches.push(result.annotated.length);
      },
      controller.signal,
    );
    expect(batches).toEqual([20]);
    const marked = [...document.querySelectorAll(`[${ID_ATTR}]`)];
    expect(marked).toHaveLength(20);
    expect(marked.every((el) => el.querySelectorAll('giglens-badge').length === 1)).toBe(true);
    expect(marked.every((el) => el.getAttribute(RISK_ATTR) !== null)).toBe(true);

    // The page re-inserts a handled tile and appends a fresh copy of a real one.
    const tile = marked[0]!;
    tile.parentElement!.append(tile);
    const fresh = tile.cloneNode(true) as Element;
    fresh.removeAttribute(ID_ATTR);
    fresh.removeAttribute(RISK_ATTR);
    fresh.querySelector('giglens-badge')?.remove();
    tile.parentElement!.append(fresh);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(batches).toEqual([20, 1]);
    expect(fresh.querySelectorAll('giglens-badge')).toHaveLength(1);

    controller.abort();
    const late = fresh.cloneNode(true) as Element;
    late.removeAttribute(ID_ATTR);
    tile.parentElement!.append(late);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(batches).toEqual([20, 1]);
  });
});

describe('batch sender', () => {
  const page = { platform: 'upwork', kind: 'search', status: 'ok', health: { found: 0, parsed: 0 }, url: 'https://www.upwork.com/' } as const;

  it('resends an unacknowledged batch with the same id until the background answers', async () => {
    const ids: string[] = [];
    let calls = 0;
    const post = async (message: SeenMessage): Promise<Reply> => {
      ids.push(message.batchId);
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (calls === 2) return { ok: false, reason: 'storage', error: 'worker stopped' };
      return { ok: true };
    };
    const sender = createBatchSender(post, new AbortController().signal, async () => undefined);
    const reply = await sender.send({ page, items: [] });
    expect(reply.ok).toBe(true);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it('does not resend what will be refused again', async () => {
    let calls = 0;
    const sender = createBatchSender(
      async () => {
        calls++;
        return { ok: false, reason: 'invalid', error: 'bad' };
      },
      new AbortController().signal,
      async () => undefined,
    );
    expect((await sender.send({ page, items: [] })).ok).toBe(false);
    expect(calls).toBe(1);
  });
});
