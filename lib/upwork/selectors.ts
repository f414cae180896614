// Every Upwork selector, by page kind and field, several variants each with the markup era
// it belongs to (../shared/research/markup-history.md). Rule 1: hydrated pages append
// component names to data-test ("job-tile-title-link UpLink") and raw SSR pages carry only
// the first word, so data-test is matched by word (`~=`), never by whole value.
// Only simple selectors: happy-dom rejects `:has` and nested `:is/:not`.
// Variants are tried in order (`pick` in text.ts), the most specific first.

/** Search results (/nx/search/jobs/), 2024-08 → 2026-08. */
export const search = {
  // data-ev-job-uid is analytics, present raw and hydrated; data-test="JobTile" is
  // hydrated only (absent from the raw 2026-02 page).
  tile: ['article[data-ev-job-uid]', 'article[data-test~="JobTile"]'],
  titleLink: [
    '[data-test~="job-tile-title-link"]', // 2024-09 → 2026
    '.job-tile-title a', // every era; the only hook in 2024-08 (the link is just "UpLink")
  ],
  description: [
    '[data-test~="JobDescription"]', // hydrated 2024-08 → 2026
    '.air3-line-clamp-wrapper.clamp', // raw SSR 2026-02: no data-test on the description
    'p.text-body-sm', // vm 2026-06
  ],
  jobType: ['[data-test~="job-type-label"]'], // "Hourly: $15.00 - $30.00" | "Fixed price"
  fixedBudget: ['[data-test~="is-fixed-price"]'], // "Est. budget: $2,000.00", fixed tiles only
  experience: ['[data-test~="experience-level"]'],
  duration: ['[data-test~="duration-label"]'], // "Est. time: 1 to 3 months, Less than 30 hrs/week"
  posted: ['[data-test~="job-pubilshed-date"]'], // Upwork's typo, every era
  proposals: ['[data-test~="proposals-tier"]'], // logged in only; 2026 moves it to the header
  skill: '[data-test~="token"]', // span (2024) / button (2026)
  premium: ['[data-test~="JobBadgePremium"]'], // vm 2026-06; also data-ev-premium="true"
  paymentVerified: ['[data-test~="payment-verified"]'], // says verified or unverified
  ratingBox: ['[data-test~="total-feedback"]', '[data-test~="feedback-rating"]'],
  totalSpent: ['[data-test~="total-spent"]'], // "$6K+ spent"
  location: ['[data-test~="location"]'], // "United Kingdom" (2024) / sr-only "Location" + "India" (2026)
} as const;

/** Find Work feeds (/nx/find-work/…): their own vocabulary, 2023-07 → 2026-06. */
export const feed = {
  tile: ['section[data-ev-sublocation="job_feed_tile"]', '[data-test="job-tile-list"] > section'],
  titleLink: ['h3.job-tile-title a', '.job-tile-title a'],
  description: ['[data-test~="job-description-text"]', '[data-test~="job-description-line-clamp"]'],
  jobType: ['[data-test~="job-type"]'], // "Hourly: $15-$30" | "Fixed-price"
  fixedBudget: ['[data-test~="budget"]'], // "$150"
  experience: ['[data-test~="contractor-tier"]'],
  duration: ['[data-test~="duration"]'], // "3 to 6 months, 30+ hrs/week"
  posted: ['[data-test~="posted-on"]'],
  proposals: ['[data-test~="proposals"]'],
  skill: '[data-test~="attr-item"]',
  premium: ['[data-test~="featured-badge"]'], // 2025; also data-ev-featured on the tile
  paymentVerified: ['[data-test~="payment-verification-status"]'],
  ratingBox: ['[data-test~="js-feedback"]', '.air3-rating'], // 2024 / 2025 (rating moved out of js-feedback)
  totalSpent: ['[data-test~="client-spendings"]'],
  location: ['[data-test~="client-country"]'],
} as const;

/** The redesigned feed (/nx/s/find-work/…), vm nx-s.js 2026-06-04 → 08-17; no saved page,
 *  so fields beyond these fall back to the search vocabulary. */
export const feed2026 = {
  tile: ['[data-test~="jobs-feed"] [data-test~="job-tile"]', 'article[data-test~="job-tile"]'],
  titleLink: ['[data-test~="job-title"] a', 'a[data-test~="job-title"]'],
  description: ['p.line-clamp', '[data-test~="job-description"]'],
  proposals: ['[data-test~="proposals-tier"]'],
} as const;

/** Public job pages (/freelance-jobs/…), logged out, 2026-07: data-qa words. */
export const publicTile = {
  tile: ['[data-qa="job-tile"]'],
  titleLink: ['a[data-qa="job-title"]', '[data-qa="job-title"] a'],
  description: ['[data-qa="job-description"]'],
  jobType: ['h2 + small', 'small'], // "Hourly" | "Fixed-price", right under the title
  fixedBudget: ['[data-qa="fixed-price"]'], // the label; the amount is its sibling strong
  hourlyRate: ['[data-qa="hourly-rate"]'],
  experience: ['[data-qa="expert-level"] [data-qa="value"]', '[data-qa="expert-level"]'],
  duration: ['[data-qa="duration"] [data-qa="value"]', '[data-qa="duration"]'],
  workload: ['[data-qa="hours-needed"] [data-qa="value"]', '[data-qa="hours-needed"]'],
  skill: '[data-qa="ontology-skill"]', // "HubSpot Jobs": the word "Jobs" is link text, not skill
} as const;

/** Job details: the full page (/jobs/~…) and the side panel (…/details/~…). */
export const details = {
  // data-ev-sublocation is analytics and survived the Nuxt 3 rewrite (2024-08 → 2026-04).
  root: ['div[data-ev-sublocation="jobdetails"]', '.job-details'],
  // The first section's h4; later h4s are banners ("Contract-to-hire opportunity").
  title: ['.job-details-content h4 > span.flex-1', '.job-details-card .air3-card-section:first-child > h4'],
  posted: ['[data-test~="PostedOn"]', '.posted-on-line > .text-light-on-muted'], // ≤2025 / 2026
  description: ['[data-test~="Description"]'], // 2024 → 2026 incl. Nuxt 3
  featureItem: 'ul.features > li', // the client block's list is also ul.features: scoped in code
  featureIcon: '[data-cy]', // clock-timelog, clock-hourly, fixed-price, expertise (2024-04 → 2026-04)
  budgetAmount: ['[data-test~="BudgetAmount"]', 'strong'], // ≤2025 / 2026
  skill: ['.skills-list a', '[data-test~="Skill"]'],
  activityItem: 'ul.client-activity-items li.ca-item', // ClientActivity data-test removed 2025-10
  activityTitle: '.title',
  activityValue: '.value',
  sidebar: ['.sidebar', '[data-test~="FreelancerActions"]'],
  // flip-flopped 2025-09-04 / 06 / 10-02 (vm): match both names.
  client: ['[data-test~="about-client-container"]', '[data-test~="AboutClientUser"]', '.cfe-ui-job-about-client'],
  clientRating: ['[data-testid="buyer-rating"]'], // "4.99 of 11 reviews"
  clientLocation: ['[data-qa="client-location"] strong'], // data-qa="client-*": 2024-04 → 2026-04
  clientJobStats: ['[data-qa="client-job-posting-stats"]'], // "14 jobs posted 93% hire rate, 1 open job"
  clientSpend: ['[data-qa="client-spend"]'],
  clientHires: ['[data-qa="client-hires"]'], // "22 hires, 6 active"
} as const;

/** Rating widgets shared by tiles of every kind (air3 design system, 2024 → 2026). */
export const rating = {
  tooltip: '.air3-popper-content', // "4.89 Stars, based on 35 feedbacks" (exact)
  srOnly: '.sr-only', // "Rating is 4.9 out of 5." (rounded)
  value: '.air3-rating-value-text', // "4.9" (rounded)
} as const;
