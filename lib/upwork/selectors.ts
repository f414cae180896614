// Every Upwork selector, by page kind and field, several variants each with the markup era
// it belongs to (../shared/research/markup-history.md). Rule 1: hydrated pages append
// component names to data-test ("job-tile-title-link UpLink") and raw SSR pages carry only
// the first word, so data-test is matched by word (`~=`), never by whole value.
// Only simple selectors: happy-dom rejects `:has` and nested `:is/:not`.
// Variants are tried in order (lib/upwork/text.ts `pick`), newest era first.

/** Search results (/nx/search/jobs/), 2024-08 → 2026-08. */
export const search = {
  // data-ev-job-uid is analytics and present raw and hydrated; data-test="JobTile" is
  // hydrated only (absent from the raw 2026-02 page).
  tile: ['article[data-ev-job-uid]', 'article[data-test~="JobTile"]'],
  titleLink: [
    '[data-test~="job-tile-title-link"]', // 2024-09 → 2026
    '.job-tile-title a', // every era; the only hook in 2024-08 (the link is just "UpLink")
  ],
  titleHeading: ['.job-tile-title', 'h2', 'h3'],
  description: [
    '[data-test~="JobDescription"]', // hydrated 2024-08 → 2026
    '.air3-line-clamp-wrapper.clamp', // raw SSR 2026-02: no data-test on the description
    'p.text-body-sm', // vm 2026-06
  ],
  jobType: ['[data-test~="job-type-label"]'], // "Hourly: $15.00 - $30.00" | "Fixed price"; 2024-08 → 2026-08
  fixedBudget: ['[data-test~="is-fixed-price"]'], // "Est. budget: $2,000.00"; fixed tiles only
  hourlyAmount: ['[data-test~="is-hourly"]'], // richardadonnell 2026-02; not in saved pages
  experience: ['[data-test~="experience-level"]'],
  duration: ['[data-test~="duration-label"]'], // "Est. time: 1 to 3 months, Less than 30 hrs/week"
  posted: ['[data-test~="job-pubilshed-date"]'], // Upwork's typo, every era
  proposals: ['[data-test~="proposals-tier"]'], // logged in only
  skill: '[data-test~="token"]', // span (2024) / button (2026), inside JobAttrs
  paymentVerified: ['[data-test~="payment-verified"]'], // says verified or unverified
  ratingBox: ['[data-test~="total-feedback"]', '[data-test~="feedback-rating"]'],
  totalSpent: ['[data-test~="total-spent"]'], // "$6K+ spent"
  location: ['[data-test~="location"]'], // "United Kingdom" (2024) / "Location India" (2026)
} as const;

/** Rating widgets shared by tiles of every kind (air3 design system, 2024 → 2026). */
export const rating = {
  tooltip: '.air3-popper-content', // "4.89 Stars, based on 35 feedbacks" (exact)
  srOnly: '.sr-only', // "Rating is 4.9 out of 5." (rounded)
  value: '.air3-rating-value-text', // "4.9" (rounded)
} as const;
