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
