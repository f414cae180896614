// Sharing: anonymising drops clients, sellers and links; the HTML report runs no script,
// loads nothing and shows hostile listing text as text.
import { describe, expect, it } from 'vitest';
import { anonymiseAll, scrubText } from '@/lib/insights/anonymise';
import { buildReportHtml, escapeHtml, isInertSvg, type ReportInput } from '@/lib/insights/report-html';
import { scenario } from './scenario';

const history = scenario();
const HOSTILE = `<img src=x onerror="alert(1)"><script>alert('pwned')</script> & "quotes"`;

function report(overrides: Partial<ReportInput> = {}): string {
  return buildReportHtml({
    title: 'Class of August',
    generatedAt: Date.UTC(2026, 7, 12),
    sourceName: 'Your history',
    anonymise: false,
    summary: [{ label: 'Listings', value: '25' }],
    charts: [{ title: 'Risk mix', description: 'per week', svg: '<svg viewBox="0 0 10 10"><rect width="5" height="5"/></svg>', legend: [] }],
    comparison: null,
    listings: history,
    notes: ['Shares, not counts.'],
    css: ':root{--bg:#fff}',
    ...overrides,
  });
}

describe('anonymise', () => {
  it('drops client and seller details, real ids and links, and scrubs links from text', () => {
    const out = anonymiseAll(history);
    expect(out).toHaveLength(25);
    for (const l of out) {
      expect(l.client).toBeNull();
      expect(l.seller).toBeNull();
      expect(l.activity).toBeNull();
      expect(['https://www.upwork.com/', 'https://www.fiverr.com/']).toContain(l.url);
      expect(l.id).toMatch(/^anon-\d+$/);
    }
    // What a lesson needs stays.
    expect(out.map((l) => l.label)).toEqual(history.map((l) => l.label));
    expect(out.map((l) => l.pay)).toEqual(history.map((l) => l.pay));
    expect(scrubText('see https://evil.example/x?a=1 or mail bob.smith@client.co.uk now')).toBe(
      'see [link removed] or mail [e-mail removed] now',
    );
  });
});

describe('HTML report', () => {
  it('has no script, forbids scripts by CSP, and escapes hostile titles', () => {
    const hostile = { ...history[0]!, title: HOSTILE };
    const html = report({ listings: [hostile, ...history.slice(1)], title: `Report ${HOSTILE}` });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    // Parsed as a page, the hostile title is one text node.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.querySelector('tbody a')?.textContent).toBe(HOSTILE);
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(25);
  });

  it('links listings to their pages unless anonymised, and anonymised keeps no client detail', () => {
    const named = report();
    expect(named).toContain('href="https://www.upwork.com/jobs/');
    const anon = report({ anonymise: true });
    expect(anon).not.toMatch(/href=/);
    expect(anon).not.toContain('upwork.com/jobs');
    for (const country of ['United Kingdom', 'Pakistan', 'Italy']) {
      expect(named).not.toContain(country); // the table never shows clients
      expect(anon).not.toContain(country);
    }
    for (const seller of ['emily_ivy', 'shihabiiuc']) expect(anon).not.toContain(seller);
    expect(anon).toContain('anonymised: no client or seller details, no links');
  });

  it('leaves out a chart that carries active content', () => {
    expect(isInertSvg('<svg viewBox="0 0 1 1"><rect/></svg>')).toBe(true);
    for (const bad of ['<svg onload="x()"></svg>', '<svg><script>x()</script></svg>', '<svg><a href="https://x"/></svg>', '<div></div>']) {
      expect(isInertSvg(bad)).toBe(false);
    }
    const html = report({ charts: [{ title: 'Bad', description: '', svg: '<svg onload="alert(1)"></svg>', legend: [{ name: '<b>x</b>', cls: '" onclick="x' }] }] });
    expect(html).not.toContain('onload');
    expect(html).toContain('This chart was left out');
  });
});
