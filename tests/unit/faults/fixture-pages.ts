// Every real saved page with the URL it is served at (MANIFEST.md) and the site adapter
// that reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fiverr } from '@/lib/fiverr/adapter';
import type { SiteAdapter } from '@/lib/model/site';
import { upwork } from '@/lib/upwork/adapter';
import { PAGES } from '../../fixtures';

export interface FixturePage {
  file: string;
  url: URL;
  site: SiteAdapter;
}

export function fixturePages(): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const line of readFileSync(join(PAGES, 'MANIFEST.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = cells[1];
    const served = cells.find((c) => c.startsWith('https://'));
    if (!file?.endsWith('.html') || !served) continue;
    const url = new URL(served);
    pages.push({ file, url, site: url.hostname.endsWith('fiverr.com') ? fiverr : upwork });
  }
  return pages;
}
