// Every detector on every example URL: true on its own examples, false on all others.
import { describe, expect, test } from 'vitest';
import { DETECTORS, EXAMPLES, PAGE_KINDS, pageKind, unsupportedExamples } from '@/lib/fiverr/page-kinds';

const all = PAGE_KINDS.flatMap((kind) => EXAMPLES[kind].map((url) => ({ kind, url })));

describe.each(PAGE_KINDS)('%s detector', (detector) => {
  test.each(all)('$kind example $url', ({ kind, url }) => {
    expect(DETECTORS[detector](new URL(url))).toBe(kind === detector);
  });
  test.each(unsupportedExamples)('unsupported %s', (url) => {
    expect(DETECTORS[detector](new URL(url))).toBe(false);
  });
});

describe('pageKind', () => {
  test.each(all)('$url is $kind', ({ kind, url }) => {
    expect(pageKind(new URL(url))).toBe(kind);
  });
  test.each(unsupportedExamples)('%s is not read', (url) => {
    expect(pageKind(new URL(url))).toBeNull();
  });

  test('the URLs the MANIFEST serves the Fiverr fixtures at', () => {
    expect(pageKind(new URL("https://www.fiverr.com/search/gigs?query=writer%27s%20block"))).toBe('search');
    expect(pageKind(new URL('https://www.fiverr.com/categories/graphics-design/creative-logo-design'))).toBe('category');
    expect(pageKind(new URL('https://www.fiverr.com/tonigdesign'))).toBe('seller');
    expect(
      pageKind(new URL('https://www.fiverr.com/emmadriaz/do-b2b-lead-generation-contact-list-building-and-web-research')),
    ).toBe('gig');
  });

  test('every kind has at least two examples', () => {
    for (const kind of PAGE_KINDS) expect(EXAMPLES[kind].length).toBeGreaterThanOrEqual(2);
  });
});
