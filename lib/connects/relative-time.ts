// Upwork's relative wordings ("Posted yesterday", "Last viewed by client: 16 hours ago",
// "3 weeks ago", "last month") as a number of days; null when the words are not these.
import type { Listing } from '../model/listing';

const DAY_MS = 86_400_000;
const UNIT_DAYS: Record<string, number> = {
  second: 1 / 86_400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30,
  year: 365,
};

export function daysFromText(text: string | null | undefined): number | null {
  const t = (text ?? '').toLowerCase();
  if (/just now|moments? ago/.test(t)) return 0;
  if (/\btoday\b/.test(t)) return 0;
  if (/\byesterday\b/.test(t)) return 1;
  let m = /\blast (second|minute|hour|day|week|month|year)\b/.exec(t);
  if (m?.[1]) return UNIT_DAYS[m[1]] ?? null;
  m = /\b(\d+|an?)\s+(second|minute|hour|day|week|month|year)s?\s+ago\b/.exec(t);
  if (m?.[1] && m[2]) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : 1;
    const unit = UNIT_DAYS[m[2]];
    return unit === undefined ? null : n * unit;
  }
  return null;
}

/** Whole days since the job was posted: the ISO time when known, else the posted wording. */
export function ageDays(listing: Pick<Listing, 'postedAt' | 'postedText'>, now: number): number | null {
  if (listing.postedAt) {
    const at = Date.parse(listing.postedAt);
    if (Number.isFinite(at)) return Math.max(0, Math.floor((now - at) / DAY_MS));
  }
  const days = daysFromText(listing.postedText);
  return days === null ? null : Math.floor(days);
}
