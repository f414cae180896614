// Upwork page kinds as pure functions of the URL (github-url-detection style). Each
// detector lists example URLs; tests/unit/upwork/page-kinds.test.ts runs every detector on
// every example: true on its own, false on all others.
const onUpwork = (url: URL) => /^(?:www\.)?upwork\.com$/.test(url.hostname);
const path = (url: URL) => url.pathname.replace(/\/+$/, '') + '/';
const DETAILS = /\/details\/~0[0-9a-f]+\//i;

/** The job details side panel that opens over a feed or search page. */
export const isJobPanel = (url: URL): boolean =>
  onUpwork(url) && /^\/nx\/(?:s\/)?(?:find-work|search\/jobs)\//.test(path(url)) && DETAILS.test(path(url));
export const jobPanelExamples = [
  'https://www.upwork.com/nx/search/jobs/details/~021836097417550972322?q=n8n&pageTitle=Job%20Details',
  'https://www.upwork.com/nx/find-work/best-matches/details/~0192f64b63ede4e596',
  'https://www.upwork.com/nx/find-work/most-recent/details/~022037632358032505171/',
  'https://www.upwork.com/nx/s/find-work/best-matches/details/~022058750483565374702',
];

/** Find Work feeds: Best Matches, Most Recent, My Feed, saved jobs (2023 → 2026 markup). */
export const isFeed = (url: URL): boolean =>
  onUpwork(url) && /^\/nx\/find-work\//.test(path(url)) && !isJobPanel(url);
export const feedExamples = [
  'https://www.upwork.com/nx/find-work/',
  'https://www.upwork.com/nx/find-work/best-matches',
  'https://www.upwork.com/nx/find-work/most-recent',
  'https://www.upwork.com/nx/find-work/my-feed',
];

/** The redesigned feed under /nx/s/ (vm nx-s.js, 2026-06 → 08). */
export const isFeed2026 = (url: URL): boolean =>
  onUpwork(url) && /^\/nx\/s\/find-work\//.test(path(url)) && !isJobPanel(url);
export const feed2026Examples = [
  'https://www.upwork.com/nx/s/find-work/best-matches',
  'https://www.upwork.com/nx/s/find-work/most-recent?from=nav',
];

/** Job search results, logged in or out. */
export const isSearch = (url: URL): boolean =>
  onUpwork(url) && /^\/nx\/search\/jobs\//.test(path(url)) && !isJobPanel(url);
export const searchExamples = [
  'https://www.upwork.com/nx/search/jobs/?q=web%20scraping',
  'https://www.upwork.com/nx/search/jobs/?q=python%20web%20scraping&page=2',
  'https://www.upwork.com/nx/search/jobs/saved/',
];

/** The full job page, with or without the title slug. */
export const isJobPage = (url: URL): boolean => onUpwork(url) && /^\/jobs\/(?:[^/]*_)?~0[0-9a-f]+\/$/i.test(path(url));
export const jobPageExamples = [
  'https://www.upwork.com/jobs/~0192f64b63ede4e596',
  'https://www.upwork.com/jobs/~022037632358032505171/',
  'https://www.upwork.com/jobs/Drafting-User-Manual-for-bluetooth-electronic-device_~0112806dc0c582779c/?referrer_url_path=/nx/search/jobs/',
];

/** Public (logged-out) job pages, with their related-job tiles. */
export const isPublicJob = (url: URL): boolean =>
  onUpwork(url) && /^\/freelance-jobs\/apply\/[^/]*~0[0-9a-f]+\/$/i.test(path(url));
export const publicJobExamples = [
  'https://www.upwork.com/freelance-jobs/apply/Retell-Voice-Agent-Setup-GoHighLevel-VAPI-Automation_~022078223889120339733',
  'https://www.upwork.com/freelance-jobs/apply/Python-Developer_~0112806dc0c582779c/',
];

/** Public job lists by category (/freelance-jobs/<category>/): the same data-qa tiles as
 *  the related jobs under a public job page (a 2026 scraper reads both; no saved page). */
export const isPublicList = (url: URL): boolean =>
  onUpwork(url) && /^\/freelance-jobs\/[^/]+\/$/.test(path(url)) && !/^\/freelance-jobs\/apply\//.test(path(url));
export const publicListExamples = [
  'https://www.upwork.com/freelance-jobs/python/',
  'https://www.upwork.com/freelance-jobs/web-scraping?page=2',
];

/** Pages GigLens does not read: profiles, messages, the home page, other sites. */
export const nonListingExamples = [
  'https://www.upwork.com/',
  'https://www.upwork.com/freelancers/~01abcdef1234567890',
  'https://www.upwork.com/ab/messages/rooms/',
  'https://www.upwork.com/nx/proposals/',
  'https://www.upwork.com/freelance-jobs/',
  'https://www.fiverr.com/search/gigs?query=logo',
  'https://evil.example/nx/search/jobs/?q=x',
  'http://www.upwork.com.evil.example/jobs/~0192f64b63ede4e596',
];

export const PAGE_KINDS = {
  'job-panel': isJobPanel,
  feed: isFeed,
  'feed-2026': isFeed2026,
  search: isSearch,
  job: isJobPage,
  'public-job': isPublicJob,
  'public-list': isPublicList,
} as const;
export type UpworkPageKind = keyof typeof PAGE_KINDS;

export function pageKind(url: URL): UpworkPageKind | null {
  for (const [kind, is] of Object.entries(PAGE_KINDS) as [UpworkPageKind, (u: URL) => boolean][]) {
    if (is(url)) return kind;
  }
  return null;
}
