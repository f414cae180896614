// The client facts the advisor reasons on, with the one inference the job page allows:
// its "About the client" block leaves out spend, hires and reviews when they are zero
// (upwork-job-2024-10-hourly-new-client.html: "7 jobs posted, 0% hire rate" and no spend,
// hires or rating line), while a search tile simply never shows some of them.
import type { Client, Listing } from '../model/listing';

export interface ClientFacts {
  paymentVerified: boolean | null;
  rating: number | null;
  reviews: number | null;
  totalSpent: number | null;
  hireRate: number | null;
  jobsPosted: number | null;
  openJobs: number | null;
  hires: number | null;
  country: string | null;
  /** How many of the facts above are known (country not counted). */
  known: number;
}

/** The job-page block shows "N jobs posted" / "hire rate" only there, never on tiles. */
const fromJobPage = (c: Client) => c.jobsPosted !== null || c.hireRate !== null;

export function clientFacts(listing: Pick<Listing, 'client'>): ClientFacts {
  const c = listing.client;
  if (!c) {
    const none = { paymentVerified: null, rating: null, reviews: null, totalSpent: null };
    return { ...none, hireRate: null, jobsPosted: null, openJobs: null, hires: null, country: null, known: 0 };
  }
  const zeroIfOmitted = (v: number | null) => v ?? (fromJobPage(c) ? 0 : null);
  const facts = {
    paymentVerified: c.paymentVerified,
    rating: c.rating,
    reviews: c.reviews ?? (c.rating === null ? zeroIfOmitted(null) : null),
    totalSpent: zeroIfOmitted(c.totalSpent),
    hireRate: c.hireRate,
    jobsPosted: c.jobsPosted,
    openJobs: c.openJobs,
    hires: zeroIfOmitted(c.hires),
    country: c.country,
  };
  const known = [facts.paymentVerified, facts.rating, facts.reviews, facts.totalSpent, facts.hireRate, facts.jobsPosted]
    .filter((v) => v !== null).length;
  return { ...facts, known };
}
