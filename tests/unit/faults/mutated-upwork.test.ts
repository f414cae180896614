// Mutated real Upwork pages: the parsers never throw and emit only valid listings
// (tests/unit/faults/mutation-property.ts). GIGLENS_LONG=1 for the 10,000-case run.
import { describe, it } from 'vitest';
import { fixturePages } from './fixture-pages';
import { casesPerPage, checkMutatedPage, LONG } from './mutation-property';

const ALL = fixturePages();
const PAGES = ALL.filter((p) => p.site.platform === 'upwork');
const CASES = casesPerPage(ALL.length);

describe('mutated Upwork pages', () => {
  it.each(PAGES)(`never throw and emit only valid listings: $file (${CASES} cases)`, (page) => checkMutatedPage(page, CASES), LONG ? 1_800_000 : 120_000);
});
