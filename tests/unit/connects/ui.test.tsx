// The Connects panel on a real job page and the ledger read from (fake) IndexedDB.
import { describe, expect, test, vi } from 'vitest';
import { loadPage } from '../../fixtures';
import { upwork } from '@/lib/upwork/adapter';
import { advise } from '@/lib/connects/advise';
import { ConnectsSection } from '@/components/badge/ConnectsSection';
import { Ledger } from '@/components/connects/Ledger';
import { openDatabase } from '@/lib/db/open';
import { recordOutcome } from '@/lib/db/outcomes';
import type { OutcomeMark } from '@/lib/connects/outcome';
import type { Label } from '@/lib/model/label';
import { click, find, mount, texts, type } from '../popup/mount';

const DAY = 86_400_000;
const listing = upwork.parsePage(
  loadPage('upwork-job-2024-10-hourly-new-client.html'),
  new URL('https://www.upwork.com/jobs/~021836097417550972322'),
).listings[0]!;
const label: Label = {
  category: { id: 'crm-automation', name: 'CRM & marketing automation', upwork: 'Sales & Marketing', confidence: 0.7 },
  risk: null,
};
const advice = advise(listing, label, { priceUsd: 0.15, median: null, own: null, history: [], now: Date.parse(listing.postedAt!) + DAY });

describe('ConnectsSection', () => {
  test('verdict, cost, client flags with their points, competition and the formula', async () => {
    const root = await mount(<ConnectsSection listing={listing} label={label} advice={advice} />);
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
    expect(root.querySelector('.gl-outcome')).toBeNull();
  });

  test('marking Applied sends the mark with the Connects the user spent', async () => {
    const onOutcome = vi.fn();
    const root = await mount(<ConnectsSection listing={listing} label={label} advice={advice} onOutcome={onOutcome} />);
    const input = root.querySelector('.gl-outcome input')!;
    expect((input as HTMLInputElement).value).toBe('9');
    await type(input, '13'); // boosted by 4
    await click(root.querySelector('[data-status="applied"]')!);
    expect(onOutcome).toHaveBeenCalledWith({
      platform: 'upwork',
      id: '~021836097417550972322',
      title: 'Need Go Higher Level expert to set up CRM for life insurance campaign',
      url: 'https://www.upwork.com/jobs/~021836097417550972322',
      categoryId: 'crm-automation',
      categoryName: 'CRM & marketing automation',
      status: 'applied',
      connects: 13,
      priceUsd: 0.15,
      valueUsd: 1500,
    } satisfies OutcomeMark);
    expect(root.querySelector('.gl-clear')).toBeNull();
  });

  test('an existing mark shows pressed, and Clear sends null', async () => {
    const onOutcome = vi.fn();
    const outcome = {
      ...(await import('@/lib/connects/outcome-mark')).outcomeMark(listing, label, advice, 'interviewed'),
      appliedAt: Date.UTC(2024, 8, 19),
      updatedAt: Date.UTC(2024, 8, 20),
      steps: [],
    };
    const root = await mount(<ConnectsSection listing={listing} label={label} advice={advice} outcome={outcome} onOutcome={onOutcome} />);
    expect(root.querySelector('[data-status="interviewed"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(texts(root, '[data-outcome]')).toEqual(['Marked interviewed on 2024-09-20.']);
    await click(root.querySelector('.gl-clear')!);
    expect(onOutcome).toHaveBeenCalledWith(null);
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
      '3 applications · 29 Connects = $4.35 · 0 interviews · 1 hires · $4.35 per hire',
    ]);
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) => texts(tr, 'td, th'));
    expect(cells).toEqual([
      ['2026-04', 'Web', '2', '20 +1?', '$3.00', '0', '0', '–'],
      ['2026-03', 'CRM', '1', '9', '$1.35', '0', '1', '$800.00'],
    ]);
  });

  test('an empty ledger says how to start one', async () => {
    const root = await mount(<Ledger now={NOW} />);
    await find(root, '[data-ledger="empty"]');
  });
});
