// Reads the real saved pages from ../shared/fixtures/pages (never copied into the project).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
export const PAGES = join(SHARED, 'fixtures', 'pages');

export const readPage = (file: string): string => readFileSync(join(PAGES, file), 'utf8');

/** Parses a saved page into a fresh Document (happy-dom in unit tests). */
export function loadPage(file: string): Document {
  return new DOMParser().parseFromString(readPage(file), 'text/html');
}

/** Every saved page with the URL it was served at (MANIFEST.md's "serve at" column). */
export function fixtureUrls(): { file: string; url: URL }[] {
  const out: { file: string; url: URL }[] = [];
  for (const line of readFileSync(join(PAGES, 'MANIFEST.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const url = cells.find((c) => c.startsWith('https://'));
    if (cells[1]?.endsWith('.html') && url) out.push({ file: cells[1], url: new URL(url) });
  }
  return out;
}
