// One history used across the insights, popup and dashboard tests: the 20 real jobs of an
// Upwork search page (2024-09) and the first 5 gigs of a Fiverr search page (2025-08), with
// labels and sighting times set here so every expected figure can be worked out by hand.
// "Now" is Wednesday 2026-08-12 12:00 UTC, in ISO week 2026-W33 (Monday 2026-08-10).
import type { StoredListing } from '@/lib/db/schema';
import type { RiskLevel, UpworkTopCategory } from '@/lib/model/label';
import { FIVERR_SEARCH, UPWORK_SEARCH, label, realListings, stored } from './history';

export const NOW = Date.UTC(2026, 7, 12, 12);
const H = 3_600_000;
export const W33 = Date.UTC(2026, 7, 10);
const AUG_4 = Date.UTC(2026, 7, 4, 10);
const AUG_11 = Date.UTC(2026, 7, 11, 9);
const JUL_21 = Date.UTC(2026, 6, 21, 8);

type Row = [UpworkTopCategory | null, RiskLevel | null, number];
const W: UpworkTopCategory = 'Writing';
const WEB: UpworkTopCategory = 'Web, Mobile & Software Dev';
const SM: UpworkTopCategory = 'Sales & Marketing';
const DC: UpworkTopCategory = 'Design & Creative';

/** Index in the Upwork page → label (the job titles are in the comments). */
export const UPWORK_LABELS: Row[] = [
  [W, 'high', 70], // Drafting User Manual for bluetooth electronic devices — hourly $16–40
  [SM, 'medium', 50], // Social Media Ads Manager — fixed $1,000
  [WEB, 'low', 30], // Single Page Landing Page — hourly $15–30
  [WEB, 'very-low', 10], // Build a drop-off module — fixed $15,000
  [W, 'very-high', 85], // Greek Writer — hourly $20–25
  [SM, 'medium', 45], // Shopify CRO Specialist — hourly $20–40
  [DC, 'medium', 55], // Shopify ecommerce website designer — hourly $20–40
  [null, null, 0], // Seeking a Part-Time / Project Basis — hourly $20–45 (left unlabelled)
  [WEB, 'low', 25], // REACT, SQL, REST — fixed $400
  [SM, 'low', 35], // Shopify Consultant — hourly $20–60
  [WEB, 'very-low', 15], // Laravel Expert — hourly $50–70
  ['Admin Support', 'very-high', 90], // Data Entry Italiano - Inglese — fixed $450
  [DC, 'medium', 50], // Design needed for white paper — hourly $20–45
  [WEB, 'low', 30], // Shopify Certified person — hourly $40–64
  [WEB, 'low', 20], // Cold Fusion and PHP dev — fixed $250
  [SM, 'medium', 50], // Community Setup & Engagement — hourly $20–40
  [WEB, 'very-low', 10], // Detect Fax Tones From Wav File — fixed $250
  [W, 'high', 75], // Copywriter for VSL and Advertorials — fixed $1,000
  [WEB, 'low', 30], // Wordpress Website Developer — hourly $15–30
  [W, 'high', 80], // Copywriter for VSL / Advertorials — fixed $1,000
];

export const FIVERR_LABELS: Row[] = [
  ['IT & Networking', 'medium', 40], // cloudflare custom rules — from $30
  [W, 'high', 72], // writers block — from $40
  [W, 'high', 74], // writers block — from $40
  [W, 'very-high', 88], // crypto articles — from $15
  [W, 'medium', 60], // brainstorm book ideas — from $15
];

/** When each Upwork job was seen: 0–9 first this week, 10–14 the week before (10 and 11
 *  seen again this week), 15–19 three weeks before (W30). */
function upworkSighting(i: number): { first: number; last?: number; seen?: number } {
  if (i < 10) return { first: W33 + i * H };
  if (i < 15) return i < 12 ? { first: AUG_4, last: AUG_11, seen: 2 } : { first: AUG_4 };
  return { first: JUL_21 };
}

export function scenario(): StoredListing[] {
  const jobs = realListings(UPWORK_SEARCH).map((l, i) => {
    const [c, level, score] = UPWORK_LABELS[i]!;
    return stored(l, { label: c || level ? label(c, level, score) : null, ...upworkSighting(i) });
  });
  const gigs = realListings(FIVERR_SEARCH)
    .slice(0, 5)
    .map((l, i) => {
      const [c, level, score] = FIVERR_LABELS[i]!;
      return stored(l, { label: label(c, level, score), first: AUG_11 });
    });
  return [...jobs, ...gigs];
}
