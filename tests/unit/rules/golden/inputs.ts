// What the golden labels are made from: every dev-dataset row (as a tile: title, budget, tier,
// duration), the same rows with the bench's 400-character descriptions, a slice of them with
// rule options, and every listing parsed from every saved page. Inputs are stored with their
// labels, so the check does not depend on today's parsers.
import type { Labelable, LabelOptions } from '@/lib/rules/engine';
import { benchListings } from '../../../../bench/rules';

export interface GoldenCase {
  src: string;
  input: Labelable;
  options?: LabelOptions;
}

const OPTIONS: LabelOptions = {
  disabledRules: ['market-small-budget', 'protect-strategy'],
  customRules: [
    { id: 'my-niche', name: 'My niche', words: ['shopify', 'logo', 'data entry'], effect: 12, note: 'I like these' },
    { id: 'avoid', name: 'Avoid', words: ['urgent', 'asap'], effect: -20 },
  ],
};

export function datasetCases(): GoldenCase[] {
  const cases: GoldenCase[] = [];
  benchListings().forEach((l, i) => {
    const { description: _d, skills: _s, ...tile } = l;
    cases.push({ src: `dev:${i}`, input: tile });
    cases.push({ src: `dev+desc:${i}`, input: l });
    if (i % 10 === 0) cases.push({ src: `dev+options:${i}`, input: l, options: OPTIONS });
  });
  return cases;
}

/** The fields the engine reads, as they would reach it from a parsed listing. */
export function labelable(l: Labelable): Labelable {
  const { title, description, skills, pay, experience, duration, platformCategory, platformSubcategory } = l;
  return JSON.parse(JSON.stringify({ title, description, skills, pay, experience, duration, platformCategory, platformSubcategory }));
}
