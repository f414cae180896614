// Strings a hostile or broken page can put where a parser reads text, links or numbers.
// Markup-looking strings must come out as text; numbers-looking junk must never become a
// number the schema rejects; link junk must never become a listing URL off the site.

/** 500 KB: a title or description far beyond anything a real page shows. */
export const HUGE = 500_000;

export const MARKUP_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">click</a>',
  '</style><script>alert(1)</script>',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
] as const;

export const UNICODE_STRINGS = [
  '\u202Egnp.exe', // right-to-left override
  '\u2066isolate\u2069\u202Dforce\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '\u0000nul\u0007bell',
  '\uD800 lone surrogate',
  '🙂'.repeat(40),
  'Ｆｕｌｌｗｉｄｔｈ ١٢٣ ٤٥٦',
  'e\u0301'.repeat(30),
] as const;

/** Plausible field words in the wrong place, and numbers no parser should trust. */
export const FIELD_JUNK = [
  '', ' ', '\n\t', '$', '$-5', '-$5', '$1e309', '$NaN', 'NaN', 'Infinity', '-1', '0',
  '999999999999999999999999', '$999,999,999,999', '1,2,3', '5.0.0', '.', 'null', 'undefined',
  '[object Object]', 'Payment verified', 'Payment unverified', 'Hourly: $30 - $5', 'Hourly: $-',
  'Fixed-price', 'Est. budget: $', 'Expert', 'Entry level', '50+', '5 to 10', '10 to 5',
  '$10K+ spent', '$9.9B+ spent', 'Posted 3 minutes ago', 'Posted -4 hours ago', 'Rating is 9.9 out of 5',
  '★★★★★', '5.0 (1k+)', '(-3)', 'From $', 'From €-10', 'Level 2', 'Top Rated Seller', '9999 days delivery',
] as const;

export const URL_JUNK = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://evil.example/jobs/~01aaaaaaaaaaaaaaaa/',
  '//evil.example/jobs/~01aaaaaaaaaaaaaaaa/',
  'https://www.upwork.com.evil.example/jobs/~01aaaaaaaaaaaaaaaa/',
  'https://www.fiverr.com@evil.example/someone/do-things',
  'http://www.upwork.com/jobs/~01aaaaaaaaaaaaaaaa/',
  '/jobs/~0' + 'f'.repeat(3000),
  '/jobs/%E0%A4%A/~01bad',
  '#',
  '',
] as const;

let huge: string[] | null = null;
/** Built once: half a megabyte of letters, digits, markup, money and words. */
export const hugeStrings = (): readonly string[] =>
  (huge ??= ['A'.repeat(HUGE), '9'.repeat(100_000), '<b>'.repeat(50_000), '$1,'.repeat(60_000), 'word '.repeat(100_000)]);

/** Every string above, for places where any of them may appear. */
export const ALL_JUNK: readonly string[] = [...MARKUP_STRINGS, ...UNICODE_STRINGS, ...FIELD_JUNK, ...URL_JUNK];
