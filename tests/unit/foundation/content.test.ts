import { describe, expect, it } from 'vitest';
import { ID_ATTR, RISK_ATTR } from '@/lib/content/annotate';
import { portChannel, stateParts, type PortLike } from '@/lib/content/page-channel';
import { STATE_PART_CHARS } from '@/lib/messaging/port-name';
import { countsByPlatform } from '@/lib/db/listings';
import { database } from '@/lib/db/open';
import type { PortReply, SeenMessage, StatePart } from '@/lib/messaging/messages';
import { upworkReader } from '@/lib/upwork/reader';
import { mountPage, runPage } from '../content/run-page';

const URL_2024_09 = new URL('https://www.upwork.com/nx/search/jobs/?q=automation');
const labelled = () => [...document.querySelectorAll(`[${RISK_ATTR}]`)];

describe('content pipeline on a real saved page', () => {
  it('badges every tile once, labels it from the background, stores it, also tiles the page adds later', async () => {
    mountPage('upwork-search-2024-09-logged-in-snippet.html');
    const page = runPage(upworkReader, URL_2024_09);
    // Read and badged before any reply (the badge waits for its label), in slices of a few
    // milliseconds: happy-dom's DOM is slow enough that the first slice stops early.
    expect(document.querySelectorAll('giglens-badge').length).toBeGreaterThan(0);
    expect(labelled()).toHaveLength(0);
    await page.settle();
    const marked = [...document.querySelectorAll(`[${ID_ATTR}]`)];
    expect(marked).toHaveLength(20);
    expect(marked.every((el) => el.querySelectorAll('giglens-badge').length === 1)).toBe(true);
    expect(labelled()).toHaveLength(20);
    expect(labelled().every((el) => /^(very-low|low|medium|high|very-high|unknown)$/.test(el.getAttribute(RISK_ATTR)!))).toBe(true);
    // One batch per slice of reading, on the page's port; together every tile once.
    expect(new Set(page.posted.map((m) => m.type))).toEqual(new Set(['seen']));
    const stored = page.posted.flatMap((m) => (m.type === 'seen' ? m.items : []));
    expect(stored).toHaveLength(20);
    expect(await countsByPlatform(await database())).toMatchObject({ upwork: 20 });
    const pill = marked[0]!.querySelector('giglens-badge')!.shadowRoot!.querySelector('button.pill')!;
    expect(pill.firstChild!.textContent).toMatch(/^AI risk: (Very low|Low|Medium|High|Very high)( · \d+)?$/);
    // The Connects verdict is a run inside the same button (stored jobs only).
    expect(pill.querySelector('.verdict')?.textContent).toMatch(/^Connects: (Worth it|Think twice|Skip)$/);

    // The page re-inserts a handled tile and appends a copy of a real one (the same job shown
    // twice: badged alike, sent and counted once) and a new job.
    const tile = marked[0]!;
    tile.parentElement!.append(tile);
    const copy = tile.cloneNode(true) as Element;
    copy.removeAttribute(ID_ATTR);
    copy.removeAttribute(RISK_ATTR);
    copy.querySelector('giglens-badge')?.remove();
    const fresh = copy.cloneNode(true) as Element;
    const key = tile.getAttribute(ID_ATTR)!.split(':')[1]!;
    fresh.innerHTML = fresh.innerHTML.replaceAll(key, '~01aaaaaaaaaaaaaaaa');
    tile.parentElement!.append(copy, fresh);
    const before = page.posted.length;
    await page.settle();
    expect(copy.querySelectorAll('giglens-badge')).toHaveLength(1);
    expect(copy.getAttribute(RISK_ATTR)).toBe(tile.getAttribute(RISK_ATTR));
    expect(copy.getAttribute(ID_ATTR)).toBe(tile.getAttribute(ID_ATTR));
    const sent = page.posted.slice(before).flatMap((m) => (m.type === 'seen' ? m.items : []));
    expect(sent.map((i) => (i.listing as { id: string }).id)).toEqual(['~01aaaaaaaaaaaaaaaa']);
    expect(fresh.getAttribute(ID_ATTR)).toBe('upwork:~01aaaaaaaaaaaaaaaa');

    page.controller.abort();
    const late = fresh.cloneNode(true) as Element;
    late.removeAttribute(ID_ATTR);
    late.querySelector('giglens-badge')?.remove();
    late.innerHTML = late.innerHTML.replaceAll('~01aaaaaaaaaaaaaaaa', '~01bbbbbbbbbbbbbbbb');
    tile.parentElement!.append(late);
    await page.settle();
    expect(page.posted).toHaveLength(before + 1);
    expect(late.querySelector('giglens-badge')).toBeNull();
  });
});

describe('page channel', () => {
  const page = { platform: 'upwork', kind: 'search', status: 'ok', health: { found: 0, parsed: 0 }, url: 'https://www.upwork.com/' } as const;

  /** Ports whose worker answers as `answer` says; `drop` closes the port (the worker stopped). */
  function fakePorts(answer: (message: { batchId: string }, n: number) => (PortReply | 'drop')[]) {
    const ids: string[] = [];
    let connects = 0;
    const connect = (): PortLike => {
      connects++;
      const onMessage: ((r: PortReply) => void)[] = [];
      const onDisconnect: (() => void)[] = [];
      return {
        postMessage(message) {
          const m = message as { batchId: string };
          ids.push(m.batchId);
          const replies = answer(m, ids.length);
          setTimeout(() => {
            for (const r of replies) r === 'drop' ? onDisconnect.forEach((l) => l()) : onMessage.forEach((l) => l(r));
          }, 0);
        },
        onMessage: { addListener: (l) => void onMessage.push(l) },
        onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
      };
    };
    return { ids, connect, connects: () => connects };
  }

  it('gives the pills first, then resends a batch the stopped worker never acknowledged, with the same id', async () => {
    const pills: unknown[] = [];
    // The first worker labels the batch and stops before storing it: its port closes.
    const ports = fakePorts((m, n) =>
      n === 1 ? [{ type: 'pills', batchId: m.batchId, pills: [] }, 'drop'] : [{ type: 'stored', batchId: m.batchId, reply: { ok: true } }],
    );
    const channel = portChannel(ports.connect, new AbortController().signal);
    const reply = await channel.send({ page, items: [] }, (p) => pills.push(p));
    expect(pills).toEqual([[]]);
    expect(reply.ok).toBe(true);
    expect(ports.ids).toHaveLength(2);
    expect(new Set(ports.ids).size).toBe(1);
    expect(ports.connects()).toBe(2);
  });

  it('sends the page state ahead in parts, one per task, and again on a new port before the resent batch', async () => {
    const log: string[][] = [];
    let port = -1;
    const ports = fakePorts((m) => {
      const msg = m as unknown as StatePart | SeenMessage;
      if (msg.type === 'state') {
        log[port]!.push(`state${msg.index}${msg.last ? '!' : ''}:${msg.part.length}`);
        return [];
      }
      log[port]!.push('seen');
      // The first worker stops as the batch arrives; the second stores it.
      return port === 0 ? ['drop'] : [{ type: 'stored', batchId: m.batchId, reply: { ok: true } }];
    });
    const connect = () => (log[++port] = [], ports.connect());
    const channel = portChannel(connect, new AbortController().signal);
    const big = 'x'.repeat(STATE_PART_CHARS * 2 + 5);
    channel.setState([big, '{}']);
    const reply = await channel.send({ page, items: [], portState: true }, () => undefined);
    expect(reply.ok).toBe(true);
    const expected = [`state0:${STATE_PART_CHARS}`, `state0:${STATE_PART_CHARS}`, 'state0!:5', 'state1!:2', 'seen'];
    expect(log).toEqual([expected, expected]);
    expect(stateParts([big]).map((p) => p.part).join('')).toBe(big);
  });

  it('does not hold a batch without state behind the state parts', async () => {
    const order: string[] = [];
    const ports = fakePorts((m) => {
      order.push((m as unknown as { type: string }).type);
      return (m as unknown as { type: string }).type === 'seen' ? [{ type: 'stored', batchId: m.batchId, reply: { ok: true } }] : [];
    });
    const channel = portChannel(ports.connect, new AbortController().signal);
    channel.setState(['y'.repeat(STATE_PART_CHARS + 1)]);
    await channel.send({ page, items: [] }, () => undefined);
    expect(order[0]).toBe('seen');
  });

  it('does not resend what will be refused again', async () => {
    const ports = fakePorts((m) => [{ type: 'stored', batchId: m.batchId, reply: { ok: false, reason: 'invalid', error: 'bad' } }]);
    const channel = portChannel(ports.connect, new AbortController().signal);
    expect((await channel.send({ page, items: [] }, () => undefined)).ok).toBe(false);
    expect(ports.ids).toHaveLength(1);
  });
});
