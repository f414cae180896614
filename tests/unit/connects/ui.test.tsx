// The Connects panel on a real job page (built by the background, rendered by the page), the
// outcome marks it sends back, and the ledger read from (fake) IndexedDB.
import { describe, expect, test } from 'vitest';
import { loadPage } from '../../fixtures';
import { upwork } from '@/lib/upwork/adapter';
import { advise } from '@/lib/connects/advise';
import { connectsSection } from '@/components/badge/panel/connects-section';
import { Ledger } from '@/components/connects/Ledger';
import { handleMessage } from '@/lib/background/handle-message';
import { database, openDatabase } from '@/lib/db/open';
import { getOutcome, recordOutcome } from '@/lib/db/outcomes';
import type { OutcomeMark } from '@/lib/connects/outcome';
import { outcomeMark } from '@/lib/connects/outcome-mark';
import type { Label } from '@/lib/model/label';
import { renderView } from '@/lib/content/render-view';
import { find, mount, texts } from '../popup/mount';

const DAY = 86_400_000;
const JOB_URL = 'https://www.upwork.com/jobs/~021836097417550972322';
const listing = upwork.parsePage(loadPage('upwork-job-2024-10-hourly-new-client.html'), new URL(JOB_URL)).listings[0]!;
const label: Label = {
  category: { id: 'crm-automation', name: 'CRM & marketing automation', upwork: 'Sales & Marketing', confidence: 0.7 },
  risk: null,
};
const advice = advise(listing, label, { priceUsd: 0.15, median: null, own: null, fit: null, history: [], now: Date.parse(listing.postedAt!) + DAY });

function rendered(outcome: Parameters<typeof connectsSection>[1] = null): HTMLElement {
  const root = document.createElement('div');
  root.append(renderView(connectsSection(advice, outcome)));
  return root;
}

describe('connectsSection', () => {
  test('verdict, cost, client flags with their points, competition and the formula', () => {
    const root = rendered();
    expect(root.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('think-twice');
    expect(texts(root, '.gl-verdict')).toEqual(['Think twice']);
    expect(texts(root, '[data-cost]')).toEqual(['9 Connects = $1.35']);
    expect(texts(root, '.gl-quality h5')).toEqual(['Client quality 50/100']);
    expect(texts(root, '[data-flag]')).toEqual([
      'Client hires rarely: 0% hire rate over 7 jobs posted. −25',
      'Client has spent nothing on Upwork yet. −15',
      'Client has no reviews yet. −10',
    ]);
    expect(texts(root, '.gl-competition p')).toEqual([
      'Proposals 5 to 10 · Interviewing 2 · Invites 4, 1 unanswered · Posted 1 d ago · Client last viewed yesterday',
    ]);
    expect(root.querySelectorAll('[data-term]')).toHaveLength(5);
    expect(texts(root, '[data-term="value"]')).toEqual(['Pay not shown: assumed $1,500.']);
    expect((root.querySelector('.gl-outcome input') as HTMLInputElement).value).toBe('9');
    expect(root.querySelector('.gl-clear')).toBeNull();
  });

  test('an existing mark shows pressed, with its date and a Clear button', () => {
    const outcome = { ...outcomeMark(listing, label, advice, 'interviewed'), appliedAt: Date.UTC(2024, 8, 19), updatedAt: Date.UTC(2024, 8, 20, 12), steps: [] };
    const root = rendered(outcome);
    expect(root.querySelector('[data-status="interviewed"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-status="applied"]')?.getAttribute('aria-pressed')).toBe('false');
    expect(texts(root, '[data-outcome]')).toEqual(['Marked interviewed on Sep 20, 2024.']);
    expect(root.querySelector('.gl-clear')?.getAttribute('data-action')).toBe('outcome-clear');
  });
});

describe('outcome marks from the panel, through the background', () => {
  const page = { platform: 'upwork', kind: 'job', status: 'ok', health: { found: 1, parsed: 1 }, url: JOB_URL } as const;

  test('Applied with the Connects the user spent is stored with the advice; Clear removes it', async () => {
    const key = { platform: 'upwork', id: listing.id } as const;
    expect(await handleMessage(database, { type: 'panel', page, key })).toMatchObject({ ok: false, reason: 'invalid' });
    await handleMessage(database, { type: 'seen', batchId: 'batch-job-1', page, items: [{ listing: structuredClone(listing) }] });
    const reply = await handleMessage(database, { type: 'panel-outcome', page, key, status: 'applied', connects: 13 });
    expect(reply.ok).toBe(true);
    const db = await database();
    const stored = await getOutcome(db, 'upwork', listing.id);
    expect(stored).toMatchObject({ platform: 'upwork', id: listing.id, title: listing.title, url: JOB_URL, status: 'applied', connects: 13, priceUsd: 0.15 });
    const panel = reply.ok ? reply.panel! : null;
    const root = document.createElement('div');
    root.append(renderView(panel!.tree));
    expect(root.querySelector('[data-status="applied"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-outcome="applied"]')).not.toBeNull();

    await handleMessage(database, { type: 'panel-outcome', page, key, status: null, connects: null });
    expect(await getOutcome(db, 'upwork', listing.id)).toBeNull();
  });
});

describe('Ledger', () => {
  const NOW = Date.UTC(2026, 3, 20);
  const mark = (id: string, status: OutcomeMark['status'], categoryId: string, connects: number | null): OutcomeMark => ({
    platform: 'upwork', id, title: id, url: `https://www.upwork.com/jobs/${id}`, categoryId, categoryName: categoryId === 'crm' ? 'CRM' : 'Web', status, connects, priceUsd: 0.15, valueUsd: 800,
  });

  test('rows and totals from the outcomes store', async () => {
    const db = await openDatabase();
    await recordOutcome(db, mark('~01a', 'applied', 'crm', 9), NOW - 40 * DAY);
    await recordOutcome(db, mark('~01a', 'hired', 'crm', 9), NOW - 39 * DAY);
    await recordOutcome(db, mark('~01b', 'applied', 'web', 20), NOW - 2 * DAY);
    await recordOutcome(db, mark('~01c', 'no-reply', 'web', null), NOW - DAY);
    db.close();
    const root = await mount(<Ledger now={NOW} />);
    await find(root, '[data-ledger="ready"]');
    expect(texts(root, '[data-ledger-totals]')).toEqual([
      '3 applications · 29 Connects = $4.35 · 0 interviews · 1 hire · $4.35 per hire',
    ]);
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) => texts(tr, 'td, th'));
    expect(cells).toEqual([
      ['Apr 2026', 'Web', '2', '20 +1?', '$3.00', '0', '0', '–'],
      ['Mar 2026', 'CRM', '1', '9', '$1.35', '0', '1', '$800.00'],
    ]);
  });

  test('an empty ledger says how to start one', async () => {
    const root = await mount(<Ledger now={NOW} />);
    await find(root, '[data-ledger="empty"]');
  });
});
