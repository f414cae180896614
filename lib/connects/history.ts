// Repost and ghost detection from the user's own history: the same client (by the client
// details the page shows) posting a near-identical title again, and jobs still open long
// after they were posted or first seen, with no hire. Each finding says what matched.
import type { Client, Listing } from '../model/listing';
import { finding, type ClientMatch, type Finding } from './findings';
import { ADVISOR_MODEL } from './model';
import { ageDays, daysFromText } from './relative-time';

const HX = ADVISOR_MODEL.history;
const DAY_MS = 86_400_000;

/** A listing as the history keeps it (StoredListing fits). */
export type HistoryEntry = Pick<Listing, 'platform' | 'id' | 'title' | 'client' | 'activity'> & {
  firstSeenAt: number;
  lastSeenAt: number;
};

const words = (title: string) =>
  new Set(title.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? []);

/** Shared words ÷ all words of the two titles (Jaccard). */
export function titleSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

type CountField = 'rating' | 'reviews' | 'totalSpent' | 'jobsPosted' | 'hireRate' | 'hires';

/** The client details that tell one client from another, with how far two posts of the same
 *  client may differ (counts grow between posts; spend is rounded: "$26K"). Zero spend or
 *  hires tells nothing, so it never matches. */
const CLIENT_DETAILS: { field: CountField; close: (x: number, y: number) => boolean }[] = [
  { field: 'rating', close: (x, y) => Math.abs(x - y) <= HX.ratingTolerance },
  { field: 'reviews', close: (x, y) => Math.abs(x - y) <= HX.reviewsTolerance },
  {
    field: 'totalSpent',
    close: (x, y) => x > 0 && y > 0 && Math.abs(x - y) <= HX.spendTolerance * Math.max(x, y),
  },
  { field: 'jobsPosted', close: (x, y) => Math.abs(x - y) <= HX.jobsPostedTolerance },
  { field: 'hireRate', close: (x, y) => Math.abs(x - y) <= HX.hireRateTolerancePts },
  { field: 'hires', close: (x, y) => x > 0 && Math.abs(x - y) <= HX.hiresTolerance },
];

/** The client details two posts share, or null when they cannot be the same client. */
export function sameClient(a: Client | null, b: Client | null): ClientMatch[] | null {
  if (!a?.country || !b?.country || a.country.toLowerCase() !== b.country.toLowerCase()) return null;
  const matched: ClientMatch[] = [];
  for (const d of CLIENT_DETAILS) {
    const x = a[d.field];
    const y = b[d.field];
    if (x !== null && y !== null && d.close(x, y)) matched.push({ detail: d.field, value: x });
  }
  return matched.length >= HX.clientMatchesAtLeast ? [{ detail: 'country', value: a.country }, ...matched] : null;
}

const noHire = (l: Pick<Listing, 'activity'>) => (l.activity?.hires ?? 0) === 0;

/** Reposts of this job among the user's history, most similar first. */
export function findReposts(listing: Listing, history: readonly HistoryEntry[]): Finding[] {
  const found: { similarity: number; f: Finding }[] = [];
  for (const old of history) {
    if (old.platform !== listing.platform || old.id === listing.id) continue;
    const similarity = titleSimilarity(listing.title, old.title);
    if (similarity < HX.titleSimilarityAtLeast) continue;
    const matched = sameClient(listing.client, old.client);
    if (!matched) continue;
    found.push({ similarity, f: finding('repost', { title: old.title, seenAt: old.firstSeenAt, similarity, matched }) });
  }
  return found.sort((a, b) => b.similarity - a.similarity).slice(0, HX.maxMatches).map((x) => x.f);
}

/** Ghost and away signs: open long with no hire (by its age or by when the user first saw
 *  it), and a client who has not looked at the applicants for a while. */
export function findGhosts(listing: Listing, history: readonly HistoryEntry[], now: number): Finding[] {
  const out: Finding[] = [];
  if (noHire(listing)) {
    const posted = ageDays(listing, now);
    const self = history.find((h) => h.platform === listing.platform && h.id === listing.id);
    const seen = self ? Math.floor((now - self.firstSeenAt) / DAY_MS) : null;
    const best = Math.max(posted ?? -1, seen ?? -1);
    if (best >= HX.ghostAfterDays) {
      out.push(finding('ghost-open-long', { days: best, basis: best === posted ? 'posted' : 'first-seen' }));
    }
  }
  const text = listing.activity?.lastViewedText ?? null;
  const away = daysFromText(text);
  if (text && away !== null && away >= HX.clientAwayAfterDays) {
    out.push(finding('client-away', { text, days: Math.floor(away) }));
  }
  return out;
}

export function historyFindings(listing: Listing, history: readonly HistoryEntry[], now: number): Finding[] {
  return [...findReposts(listing, history), ...findGhosts(listing, history, now)];
}
