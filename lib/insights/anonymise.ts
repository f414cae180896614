// Anonymising before sharing: a coach's report or a class dataset keeps what a lesson needs
// (site, category, risk, pay, when) and drops who the clients and sellers are and where the
// listings live. Links and e-mail addresses inside free text go too.
import type { StoredListing } from '../db/schema';
import { t } from '../i18n';
import type { Platform } from '../model/listing';

const SITE_ROOT: Record<Platform, string> = {
  upwork: 'https://www.upwork.com/',
  fiverr: 'https://www.fiverr.com/',
};

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function scrubText(text: string): string {
  return text.replace(URL_IN_TEXT, t('anon_link_removed')).replace(EMAIL_IN_TEXT, t('anon_email_removed'));
}

/** `n` numbers the listing in the shared set, so rows stay distinct without their real ids.
 *  The url stays a valid https URL (the listing contract needs one): the site's home page. */
export function anonymiseListing(l: StoredListing, n: number): StoredListing {
  const out: StoredListing = {
    ...l,
    id: `anon-${n}`,
    url: SITE_ROOT[l.platform],
    title: scrubText(l.title),
    description: l.description === null ? null : scrubText(l.description),
    client: null,
    seller: null,
    activity: null,
  };
  delete out.savedAt;
  return out;
}

export const anonymiseAll = (listings: readonly StoredListing[]): StoredListing[] =>
  listings.map((l, i) => anonymiseListing(l, i + 1));
