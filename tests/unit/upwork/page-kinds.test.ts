// github-url-detection style: every detector on every example URL, true on its own
// examples and false on all others; pageKind names each example's kind.
import { describe, expect, test } from 'vitest';
import * as kinds from '@/lib/upwork/page-kinds';

const EXAMPLES: Record<kinds.UpworkPageKind, string[]> = {
  'job-panel': kinds.jobPanelExamples,
  feed: kinds.feedExamples,
  'feed-2026': kinds.feed2026Examples,
  search: kinds.searchExamples,
  job: kinds.jobPageExamples,
  'public-job': kinds.publicJobExamples,
  'public-list': kinds.publicListExamples,
};

const ALL = Object.entries(EXAMPLES).flatMap(([kind, urls]) => urls.map((url) => ({ kind, url })));
const DETECTORS = Object.entries(kinds.PAGE_KINDS);

describe.each(DETECTORS)('%s', (kind, detect) => {
  test.each(ALL)(`$url`, ({ kind: own, url }) => {
    expect(detect(new URL(url))).toBe(own === kind);
  });
  test.each(kinds.nonListingExamples)('not on %s', (url) => {
    expect(detect(new URL(url))).toBe(false);
  });
});

test.each(ALL)('pageKind($url) is $kind', ({ kind, url }) => {
  expect(kinds.pageKind(new URL(url))).toBe(kind);
});

test.each(kinds.nonListingExamples)('pageKind(%s) is null', (url) => {
  expect(kinds.pageKind(new URL(url))).toBeNull();
});

test('every kind has examples', () => {
  for (const [kind] of DETECTORS) expect(EXAMPLES[kind as kinds.UpworkPageKind].length).toBeGreaterThan(1);
});
