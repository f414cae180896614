// Period comparison as the dashboard shows it, and presentation mode driven by the keyboard.
import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { CompareView, type CompareConfig } from '@/components/dashboard/CompareView';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { OWN } from '@/components/dashboard/sources';
import { setLanguage } from '@/lib/i18n';
import { seed } from '../insights/history';
import { NOW, scenario } from '../insights/scenario';
import { click, find, mount, texts } from '../popup/mount';

const TWO_WEEKS: CompareConfig = {
  a: { source: OWN, period: { kind: 'previous', days: 14 } },
  b: { source: OWN, period: { kind: 'last', days: 14 } },
};

const cells = (root: ParentNode, key: string) => texts(root, `[data-row="${key}"] td`);

describe('compare periods', () => {
  it('shows the last 14 days against the 14 before, with the change', async () => {
    await seed(scenario());
    const root = await mount(h(CompareView, { config: TWO_WEEKS, onChange: () => undefined, now: NOW, version: 0 }));
    await find(root, '[data-compare]');
    expect(texts(root, '[data-compare] thead th')).toEqual([
      'Measure',
      'A: Your history, the 14 days before (Jul 15 – 29, 2026)',
      'B: Your history, last 14 days (Jul 29 – Aug 12, 2026)',
      'Change (B − A)',
    ]);
    expect(cells(root, 'total')).toEqual(['5', '20', '+15 (+300%)']);
    expect(cells(root, 'fiverr')).toEqual(['0', '5', '+5']);
    expect(cells(root, 'high-share')).toEqual(['40%', '32%', '−8.4 pts']);
    expect(cells(root, 'median-hourly')).toEqual(['$26.25', '$31.25', '+$5 (+19%)']);
    expect(cells(root, 'median-fixed')).toEqual(['$1,000', '$450', '−$550 (−55%)']);
    expect(cells(root, 'category:Writing')).toEqual(['40%', '32%', '−8.4 pts']);
  });
});

describe('presentation mode', () => {
  it('shows one slide at a time, moved by the arrow keys, and leaves on Escape', async () => {
    await seed(scenario());
    location.hash = '#overview';
    const root = await mount(h(Dashboard, { now: NOW }));
    await find(root, '[data-chart="risk-mix"] svg');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Present')!);
    await find(root, '[data-presentation]');
    const count = () => root.querySelector('[data-slide-count]')?.textContent;
    const key = (k: string) => act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: k }));
    });
    expect(count()).toBe('1 / 8');
    expect(root.querySelector('.slide-title')?.textContent).toBe('What 25 listings say');
    expect(texts(root, '[data-top-categories] li strong')).toEqual(['Web, Mobile & Software Dev', 'Writing', 'Sales & Marketing', 'Design & Creative', 'Admin Support']);
    await key('ArrowRight');
    expect(count()).toBe('2 / 8');
    expect(root.querySelectorAll('[data-slide] [data-chart]')).toHaveLength(1);
    expect(root.querySelector('[data-slide] [data-chart]')?.getAttribute('data-chart')).toBe('risk-mix');
    await key('ArrowLeft');
    await key('ArrowLeft');
    expect(count()).toBe('1 / 8');
    await key('End');
    expect(count()).toBe('8 / 8');
    expect(root.querySelector('.slide-title')?.textContent).toBe('How to read these figures');
    await key('PageUp');
    await find(root, '[data-slide="6"] [data-compare]');
    expect(document.activeElement?.getAttribute('data-slide')).toBe('6');
    await key('Escape');
    await find(root, '[data-section="overview"]');
    expect(root.querySelector('[data-presentation]')).toBeNull();
  });

  it('in Urdu (right to left) the left arrow is next and the right arrow is back', async () => {
    await seed(scenario());
    location.hash = '#overview';
    setLanguage('ur');
    const root = await mount(h(Dashboard, { now: NOW }));
    await find(root, '[data-chart="risk-mix"] svg');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'پریزنٹیشن')!);
    await find(root, '[data-presentation]');
    const count = () => root.querySelector('[data-slide-count]')?.textContent;
    const key = (k: string) => act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: k }));
    });
    await key('ArrowLeft');
    await key('ArrowLeft');
    expect(count()).toBe('3 / 8');
    await key('ArrowRight');
    expect(count()).toBe('2 / 8');
  });
});

afterEach(() => setLanguage('en'));
