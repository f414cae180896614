// Job ids and links. The id is the ciphertext key in the job URL (`~01…` in 2024, `~02…`
// from 2025), never the tile's analytics uid: in 2024 markup the two differ
// (research/markup-history.md, "job id").
const KEY = /~0[0-9a-f]{8,40}(?![0-9a-z])/i;

/** The `~0…` key in a path or URL, or null. */
export function jobKey(path: string | null | undefined): string | null {
  const m = KEY.exec(path ?? '');
  return m ? m[0].toLowerCase() : null;
}

const UPWORK_HOST = /^(?:www\.)?upwork\.com$/;

/** An absolute https Upwork URL without query or hash, or null for anything else
 *  (javascript:, data:, other hosts): a link from the page is untrusted text. */
export function upworkUrl(href: string | null | undefined, base: URL): URL | null {
  if (!href) return null;
  let u: URL;
  try {
    u = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || !UPWORK_HOST.test(u.hostname)) return null;
  u.search = '';
  u.hash = '';
  return u;
}

/** The canonical page of a job key. */
export const jobPageUrl = (key: string): string => `https://www.upwork.com/jobs/${key}`;
