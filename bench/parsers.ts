// Parser speed on every saved page (../shared/fixtures/pages) in Node with happy-dom: listings
// per second of CPU time reading each listing element (the content script's per-tile work),
// and the first whole-page parse (which also reads the page's embedded state once). happy-dom
// is slower than a browser's DOM: the Chromium figures are the ones users feel.
import { Window } from 'happy-dom';
import { fiverr } from '../lib/fiverr/adapter';
import type { SiteAdapter } from '../lib/model/site';
import { upwork } from '../lib/upwork/adapter';
import { manifestUrls } from '../tests/e2e/harness';
import { readPage } from '../tests/fixtures';
import type { Figure } from './figures';

const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function benchParsers(opts: { short: boolean }): Promise<Figure[]> {
  const section = 'Parsers (Node + happy-dom, per saved page)';
  const figures: Figure[] = [];
  const minMs = opts.short ? 150 : 1000;
  for (const [href, file] of manifestUrls()) {
    const url = new URL(href);
    const site: SiteAdapter = url.hostname.endsWith('fiverr.com') ? fiverr : upwork;
    const kind = site.pageKind(url);
    const selector = kind ? site.listingSelector(kind) : null;
    if (!selector) continue;
    const window = new Window({ url: href });
    const doc = new window.DOMParser().parseFromString(readPage(file), 'text/html') as unknown as Document;
    const coldStart = performance.now();
    const page = site.parsePage(doc, url);
    const coldMs = performance.now() - coldStart;
    const elements = [...doc.querySelectorAll(selector)];
    const ctx = { url, doc };
    let parsed = 0;
    let calls = 0;
    const start = process.cpuUsage();
    do {
      for (const el of elements) if (site.parseListing(el, ctx)) parsed++;
      calls += elements.length;
    } while (cpuMs(start) < minMs && elements.length > 0);
    const perSecond = parsed / (cpuMs(start) / 1000);
    const name = `${site.platform} ${kind}: ${file.replace(/\.html$/, '')}`;
    figures.push({
      section,
      name: `${name}, listings/s`,
      value: page.listings.length ? perSecond : null,
      unit: '/s',
      note: page.listings.length ? `${page.listings.length} listings; ${(1000 / perSecond).toFixed(3)} ms each` : `no listing read (${page.status})`,
    });
    figures.push({ section, name: `${name}, whole page, first parse`, value: coldMs, unit: 'ms', note: `${calls} parseListing calls timed` });
    await window.happyDOM.close();
    await nextTask();
  }
  return figures;
}
