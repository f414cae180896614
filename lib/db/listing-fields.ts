// The listing's fields as a record's blob holds them (schema v4): one-letter keys, nested
// objects as arrays in a fixed key order, nulls and empty lists left out. These tables are
// part of the stored format: never reorder or reuse a letter, only append.
import type { Listing } from '../model/listing';

/** The engine reads this many characters of a description (lib/taxonomy/listing-words.ts):
 *  a stored description is never longer. */
export const DESCRIPTION_READ = 4000;

type BlobField = keyof Omit<Listing, 'platform' | 'id'>;

/** Listing field → blob key. `b` (label) and `u` (URL slug) are taken by listing-pack.ts. */
export const FIELD_KEYS: Readonly<Record<BlobField, string>> = {
  url: 'a', title: 't', description: 'd', skills: 'k', pay: 'p', experience: 'x', duration: 'r',
  workload: 'w', postedAt: 'o', postedText: 'q', proposals: 'n', connects: 'c', client: 'l',
  activity: 'v', seller: 's', deliveryDays: 'y', promoted: 'm', fiverrChoice: 'h', pro: 'z',
  packages: 'g', platformCategory: 'e', platformSubcategory: 'f',
};

/** Nested objects kept as arrays in this order (a package is one array per package). */
const ORDER = {
  client: ['paymentVerified', 'rating', 'reviews', 'totalSpent', 'country', 'hireRate', 'jobsPosted', 'openJobs', 'hires'],
  activity: ['interviewing', 'invitesSent', 'unansweredInvites', 'lastViewedText', 'hires'],
  seller: ['name', 'displayName', 'level', 'rating', 'reviews'],
  packages: ['name', 'price', 'currency', 'deliveryDays', 'revisions'],
} as const satisfies Partial<Record<BlobField, readonly string[]>>;

type Nested = keyof typeof ORDER;
const isNested = (field: string): field is Nested => field in ORDER;

const toArray = (value: Record<string, unknown>, keys: readonly string[]) => keys.map((k) => value[k] ?? null);
const fromArray = (value: unknown[], keys: readonly string[]) => Object.fromEntries(keys.map((k, i) => [k, value[i] ?? null]));

/** The blob object of a listing's fields (the key, platform and id, is not in it). */
export function packListingFields(listing: Listing): Record<string, unknown> {
  const blob: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(FIELD_KEYS) as [BlobField, string][]) {
    const value = listing[field];
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    if (field === 'packages') blob[key] = (value as NonNullable<Listing['packages']>).map((p) => toArray(p, ORDER.packages));
    else if (isNested(field)) blob[key] = toArray(value as Record<string, unknown>, ORDER[field]);
    else blob[key] = value;
  }
  return blob;
}

/** The listing's fields from a blob object, every absent field null (skills: empty). */
export function unpackListingFields(blob: Record<string, unknown>): Omit<Listing, 'platform' | 'id'> {
  const out: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(FIELD_KEYS) as [BlobField, string][]) {
    const value = blob[key];
    if (value === undefined || value === null) out[field] = field === 'skills' ? [] : null;
    else if (field === 'packages') out[field] = (value as unknown[][]).map((p) => fromArray(p, ORDER.packages));
    else if (isNested(field)) out[field] = fromArray(value as unknown[], ORDER[field]);
    else out[field] = value;
  }
  if (out['url'] === null) out['url'] = '';
  return out as Omit<Listing, 'platform' | 'id'>;
}
