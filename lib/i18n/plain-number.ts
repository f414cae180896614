// Whole numbers under 1000 without Intl. The first Intl.NumberFormat of a context loads ICU's
// number data (about 25 ms): a service worker woken by a page paid it before its first pill,
// whose score is such a number. In the locales listed here these numbers are their plain
// ASCII digits, exactly as Intl writes them (tests/unit/i18n/plain-number.test.ts compares
// every one with Intl); bigger, negative, fractional numbers and other locales go to Intl.
const PLAIN_DIGIT_LOCALES = new Set(['en-US', 'ur-PK']);

/** The number as Intl would write it in `locale` when that is just its digits; else null. */
export function plainNumber(n: number, locale: string): string | null {
  // -0 is excluded: Intl writes it "-0".
  if (!Number.isInteger(n) || n < 0 || n >= 1000 || Object.is(n, -0)) return null;
  return PLAIN_DIGIT_LOCALES.has(locale) ? String(n) : null;
}
