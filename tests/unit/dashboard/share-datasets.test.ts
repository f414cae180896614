// Sharing and datasets: the report built from the dashboard's own charts, the view exports
// that import back as a separate dataset, and viewing a dataset apart from one's history.
import { describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { reportHtml } from '@/components/dashboard/report';
import { defaultCompare } from '@/components/dashboard/CompareView';
import { openDatasets, saveDataset } from '@/lib/insights/datasets-db';
import { readExportFile, readExportFiles } from '@/lib/insights/dataset-import';
import { viewExportCsv, viewExportFile } from '@/lib/insights/view-export';
import { seed } from '../insights/history';
import { NOW, scenario } from '../insights/scenario';
import { find, mount, texts, type } from '../popup/mount';

const HOSTILE = `</title><script>alert(1)</script>"><svg onload=alert(2)>`;

describe('HTML report of the current view', () => {
  it('carries the charts as inert SVG, the comparison and the rows, anonymised', async () => {
    const history = scenario();
    history[1] = { ...history[1]!, title: HOSTILE };
    await seed(history);
    const html = await reportHtml({
      title: `Report ${HOSTILE}`, sourceName: 'Your history', anonymise: true, listings: history, rows: history.slice(0, 10),
      compare: defaultCompare, now: NOW,
    });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, foreignObject, iframe')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(html).not.toMatch(/<script|<svg onload/i);
    expect(doc.querySelector('title')?.textContent).toBe(`Report ${HOSTILE}`);
    expect([...doc.querySelectorAll('figure h2')].map((e) => e.textContent)).toEqual([
      'AI risk of the listings you saw, week by week',
      'Share of listings per category, against the market baseline',
      'Listings seen per category, week by week',
      'Median hourly rate per category, against the market baseline',
      'Median fixed budget per category, against the market baseline',
    ]);
    expect(doc.querySelectorAll('figure svg')).toHaveLength(5);
    expect(doc.querySelectorAll('figure .legend li').length).toBeGreaterThan(10);
    expect(doc.querySelectorAll('table.listings tbody tr')).toHaveLength(10);
    expect([...doc.querySelectorAll('table.listings tbody td:nth-child(2)')].map((td) => td.textContent)).toContain(HOSTILE);
    expect(doc.querySelectorAll('a[href]')).toHaveLength(0);
    expect(html).not.toContain('~01828d4e1a1c9105f2');
    expect(doc.querySelector('table:not(.listings) th[scope="col"]:nth-child(2)')?.textContent).toMatch(/^Your history, the 30 days before/);
    expect(html).toContain('SnipeWork Upwork Market Index (CC BY 4.0)');
  });
});

describe('view exports and datasets', () => {
  it('exports a view that imports back as the same listings; anonymised keeps no client', () => {
    const history = scenario();
    const file = JSON.stringify(viewExportFile(history, { now: NOW, origin: 'abc', anonymise: false }));
    const back = readExportFile('mine.json', file);
    expect(back.ok && back.listings).toEqual(history);
    const anon = readExportFile('anon.json', JSON.stringify(viewExportFile(history, { now: NOW, origin: 'abc', anonymise: true })));
    expect(anon.ok).toBe(true);
    if (anon.ok) expect(anon.listings.every((l) => l.client === null && l.seller === null && /^anon-\d+$/.test(l.id))).toBe(true);
    const csv = viewExportCsv(history, true);
    expect(csv.split('\r\n')).toHaveLength(27); // header, 25 rows, final empty line
    expect(csv).not.toContain('United Kingdom');
    expect(csv).not.toContain('upwork.com/jobs');
  });

  it('refuses a foreign or broken file whole, with the reason', () => {
    const good = JSON.stringify(viewExportFile(scenario().slice(0, 2), { now: NOW, origin: 'abc', anonymise: false }));
    expect(readExportFile('x.json', '{nope')).toMatchObject({ ok: false, error: expect.stringMatching(/^x\.json is not a JSON file/) });
    expect(readExportFile('x.json', '{"format":"other"}')).toEqual({ ok: false, error: 'x.json is not a GigLens export: its "format" is not "giglens-export".' });
    const broken = good.replace('"seenCount":1', '"seenCount":-1');
    expect(readExportFiles([{ name: 'a.json', text: good }, { name: 'b.json', text: broken }])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^b\.json does not match the GigLens export format: listings\.0\.seenCount/),
    });
  });

  it('merges a class of exports: a listing two students saw counts once', () => {
    const [a, b] = scenario();
    const student1 = JSON.stringify(viewExportFile([a!, b!], { now: NOW, origin: 's1', anonymise: false }));
    const later = { ...a!, firstSeenAt: a!.firstSeenAt + 1000, lastSeenAt: a!.lastSeenAt + 5000, seenCount: 2 };
    const student2 = JSON.stringify(viewExportFile([later], { now: NOW, origin: 's2', anonymise: false }));
    const merged = readExportFiles([{ name: '1.json', text: student1 }, { name: '2.json', text: student2 }]);
    expect(merged.ok && merged.listings.map((l) => [l.id, l.firstSeenAt, l.lastSeenAt, l.seenCount])).toEqual([
      [a!.id, a!.firstSeenAt, a!.lastSeenAt + 5000, 3],
      [b!.id, b!.firstSeenAt, b!.lastSeenAt, 1],
    ]);
  });

  it('shows a dataset on its own, apart from the user history', async () => {
    await seed(scenario().slice(0, 3));
    const db = await openDatasets();
    await saveDataset(db, { name: 'Class <b>A</b>', importedAt: NOW, sourceFile: 'a.json' }, scenario());
    db.close();
    location.hash = '#overview';
    const root = await mount(h(Dashboard, { now: NOW }));
    await find(root, '[data-figure="listings"]');
    expect(texts(root, '[data-figure="listings"] dd')).toEqual(['3']);
    const picker = await find<HTMLSelectElement>(root, 'option[value="dataset:Class <b>A</b>"]');
    expect(picker.textContent).toBe('Dataset: Class <b>A</b> (25)');
    await type(root.querySelector('[data-source-picker]')!, 'dataset:Class <b>A</b>');
    await find(root, '[data-viewing-dataset]');
    await vi.waitFor(() => expect(texts(root, '[data-figure="listings"] dd')).toEqual(['25']));
    expect(texts(root, '[data-viewing-dataset]')[0]).toMatch(/^You are viewing the imported dataset “Class <b>A<\/b>” \(25 listings\), not your own history\./);
    expect(root.querySelector('b')).toBeNull();
  });
});
