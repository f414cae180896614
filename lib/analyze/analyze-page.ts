// `analyze`: one saved page in, one JSON object out, through the same adapters and the
// same labeller as the extension, so a saved page reads exactly as the browser would.
import { readFile } from 'node:fs/promises';
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import type { PageResult } from '../model/page';
import { labelListing } from '../label/label-listing';
import { adapterFor } from './sites';

export interface AnalyzeResult {
  page: Omit<PageResult, 'listings'>;
  listings: (Listing & { label: Label })[];
}

export class AnalyzeError extends Error {}

/** The page URL the user gave: absolute http(s) on a site GigLens reads. */
export function pageUrl(raw: string | undefined): URL {
  if (!raw) throw new AnalyzeError('missing --url <page URL> (the address the page was saved from)');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AnalyzeError(`not a URL: ${raw}`);
  }
  if (!/^https?:$/.test(url.protocol) || !adapterFor(url)) {
    throw new AnalyzeError(`not an Upwork or Fiverr page URL: ${raw}`);
  }
  return url;
}

export async function analyzeHtml(html: string, url: URL): Promise<AnalyzeResult> {
  const adapter = adapterFor(url);
  if (!adapter) throw new AnalyzeError(`not an Upwork or Fiverr page URL: ${url.href}`);
  // happy-dom is large: load it only once there is a page to parse.
  const { loadDocument } = await import('./load-document');
  const loaded = loadDocument(html, url);
  try {
    const { listings, ...page } = adapter.parsePage(loaded.doc, url);
    return { page, listings: listings.map((l) => ({ ...l, label: labelListing(l) })) };
  } finally {
    await loaded.close();
  }
}

export async function analyzeFile(path: string, rawUrl: string | undefined): Promise<AnalyzeResult> {
  const url = pageUrl(rawUrl);
  let html: string;
  try {
    html = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AnalyzeError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`);
  }
  return analyzeHtml(html, url);
}
