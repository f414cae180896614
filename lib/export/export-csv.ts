// Listings as CSV for spreadsheets: one row per listing, the fields people sort and filter by.
// A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return; OWASP "CSV injection") is neutralised with a leading apostrophe.
import type { GigLensDatabase } from '../db/open';
import { forEachListing } from '../db/listing-reads';
import type { StoredListing } from '../db/schema';

type Cell = string | number | boolean | null | undefined;

/** Leading characters a spreadsheet reads as a formula; also after leading spaces, which
 *  some programs trim before evaluating. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/** Column name → value; the order here is the file's column order. */
const COLUMNS: [string, (l: StoredListing) => Cell][] = [
  ['platform', (l) => l.platform],
  ['id', (l) => l.id],
  ['url', (l) => l.url],
  ['title', (l) => l.title],
  ['category', (l) => l.label?.category?.name],
  ['upwork_category', (l) => l.label?.category?.upwork],
  ['risk_level', (l) => l.label?.risk?.level],
  ['risk_score', (l) => l.label?.risk?.score],
  ['pay_type', (l) => l.pay?.type],
  ['pay_min', (l) => (l.pay?.type === 'hourly' ? l.pay.min : l.pay?.amount)],
  ['pay_max', (l) => (l.pay?.type === 'hourly' ? l.pay.max : l.pay?.amount)],
  ['currency', (l) => l.pay?.currency],
  ['experience', (l) => l.experience],
  ['duration', (l) => l.duration],
  ['workload', (l) => l.workload],
  ['posted_at', (l) => l.postedAt],
  ['proposals_min', (l) => l.proposals?.min],
  ['proposals_max', (l) => l.proposals?.max],
  ['connects', (l) => l.connects],
  ['client_country', (l) => l.client?.country],
  ['client_total_spent', (l) => l.client?.totalSpent],
  ['client_rating', (l) => l.client?.rating],
  ['client_payment_verified', (l) => l.client?.paymentVerified],
  ['seller', (l) => l.seller?.name],
  ['seller_level', (l) => l.seller?.level],
  ['delivery_days', (l) => l.deliveryDays],
  ['skills', (l) => l.skills.join('; ')],
  ['first_seen_at', (l) => iso(l.firstSeenAt)],
  ['last_seen_at', (l) => iso(l.lastSeenAt)],
  ['seen_count', (l) => l.seenCount],
  ['saved_at', (l) => iso(l.savedAt)],
  ['description', (l) => l.description],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name).join(',');

export const csvRow = (l: StoredListing): string => COLUMNS.map(([, get]) => csvCell(get(l))).join(',');

/** A UTF-8 byte-order mark first so spreadsheet programs read the accents right; CRLF rows. */
export async function exportCsvChunks(db: GigLensDatabase): Promise<string[]> {
  const chunks = [`\uFEFF${CSV_HEADER}\r\n`];
  let rows: string[] = [];
  await forEachListing(db, 'newest', (listing) => {
    rows.push(`${csvRow(listing)}\r\n`);
    if (rows.length === 500) chunks.push(rows.splice(0).join(''));
  });
  chunks.push(rows.join(''));
  return chunks;
}
