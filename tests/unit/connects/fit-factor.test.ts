// The skill-fit factor of the Connects advisor (model v2, issue 17): a poor fit lowers the
// chance of winning, monotone in the share of the listing's skills the user has, neutral when
// the fit is unknown. On the saved 2024-08 job page (skills C++, Desktop Application, Flutter,
// Internet of Things, AWS Application), against profiles fitted by the real lib/fit.
import { describe, expect, test } from 'vitest';
import { advise } from '@/lib/connects/advise';
import { fitFactor } from '@/lib/connects/estimate';
import { formatFinding } from '@/lib/connects/format';
import { ADVISOR_MODEL } from '@/lib/connects/model';
import { compileProfile, fitOf, type Fit } from '@/lib/fit/fit';
import { setLanguage } from '@/lib/i18n';
import type { Listing } from '@/lib/model/listing';
import { upwork } from '@/lib/upwork/adapter';
import { loadPage } from '../../fixtures';

const DAY = 86_400_000;
const page = upwork.parsePage(loadPage('upwork-job-2024-08-hourly.html'), new URL('https://www.upwork.com/jobs/~0192f64b63ede4e596'));
const JOB: Listing = page.listings[0]!;
const fitFor = (skills: string[], listing: Listing = JOB) => fitOf(listing.skills ?? [], compileProfile({ skills }));
const adviceWith = (fit: Fit | null, listing: Listing = JOB) =>
  advise(listing, null, { priceUsd: 0.15, median: null, own: null, fit, history: [], now: Date.parse(listing.postedAt!) + DAY });

const { floor, fullAtShare } = ADVISOR_MODEL.hire.fit;
const fitOfShare = (have: number, total: number): Fit => ({ have: Array(have).fill('x'), missing: Array(total - have).fill('y'), total, share: have / total });

describe('the factor', () => {
  test('unknown fit is exactly 1', () => {
    expect(fitFactor(null)).toBe(1);
  });

  test('the floor with none of the skills, 1 from the full-fit share on, never outside them', () => {
    expect(fitFactor(fitOfShare(0, 5))).toBe(floor);
    expect(fitFactor(fitOfShare(3, 4))).toBe(1);
    expect(fitFactor(fitOfShare(6, 6))).toBe(1);
    expect(fullAtShare).toBeLessThan(1);
    expect(floor).toBeGreaterThan(0);
  });

  test.each([1, 2, 3, 5, 9, 16])('monotone in the share of %i skills', (total) => {
    const factors = Array.from({ length: total + 1 }, (_, have) => fitFactor(fitOfShare(have, total)));
    for (let i = 1; i < factors.length; i++) expect(factors[i]!).toBeGreaterThanOrEqual(factors[i - 1]!);
    for (const f of factors) expect(f).toBeGreaterThanOrEqual(floor), expect(f).toBeLessThanOrEqual(1);
    // Strictly rising below the full-fit share.
    for (let have = 1; have / total <= fullAtShare; have++) expect(factors[have]!).toBeGreaterThan(factors[have - 1]!);
  });
});

describe('the advice on the saved 2024-08 job page', () => {
  const unknown = adviceWith(null);

  test('without a fit the numbers are model v1’s, exactly, and there is no fit term', () => {
    // The v1 formula, term by term from the page: 93% over 14 jobs, 20 to 50 proposals, $3,600.
    const pClient = (0.93 * 14 + 1.5) / 17;
    expect(unknown.estimate.pHire).toBe(pClient * (1 / (1 + 24.5)) * 1);
    expect(unknown.estimate.pHire).toBe(unknown.estimate.pClient * unknown.estimate.pWin * unknown.estimate.riskFactor);
    expect(unknown.estimate.fitFactor).toBe(1);
    expect(unknown.estimate.terms.map((t) => t.code)).toEqual(['p-client', 'p-win', 'value', 'cost', 'ev']);
    expect(unknown.verdict).toBe('worth-it');
    // A profile with no skills, or a listing with none, is an unknown fit, not a poor one.
    expect(fitFor([])).toBeNull();
    expect(fitFor(['C++'], { ...JOB, skills: [] })).toBeNull();
    expect(adviceWith(fitFor([]))).toEqual(unknown);
  });

  test.each([
    // profile, have of 5, factor, ratio, verdict (docs/connects-advisor.md, worked examples)
    [['C++', 'Flutter', 'Internet of Things'], 3, 0.9, 32.9, 'worth-it'],
    [['C++', 'flutter'], 2, 0.5 + 0.5 * (0.4 / 0.75), 28.0, 'think-twice'],
    [['Python', 'Django'], 0, 0.5, 18.3, 'think-twice'],
  ] as const)('profile %j: %i of 5 skills', (skills, have, factor, ratio, verdict) => {
    const fit = fitFor([...skills])!;
    expect([fit.have.length, fit.total]).toEqual([have, 5]);
    const a = adviceWith(fit);
    expect(a.estimate.fitFactor).toBeCloseTo(factor, 12);
    expect(a.estimate.pHire).toBeCloseTo(unknown.estimate.pHire * factor, 12);
    expect(a.estimate.ratio.toFixed(1)).toBe(ratio.toFixed(1));
    expect(a.verdict).toBe(verdict);
    // Everything else about the job is as it was.
    expect(a.estimate.pClient).toBe(unknown.estimate.pClient);
    expect(a.estimate.pWin).toBe(unknown.estimate.pWin);
    expect(a.quality).toEqual(unknown.quality);
  });

  test('a poor fit lowers P(hire) and turns Worth it into Think twice', () => {
    const poor = adviceWith(fitFor(['Python', 'Django']));
    expect(poor.estimate.pHire).toBeLessThan(unknown.estimate.pHire);
    expect([unknown.verdict, poor.verdict]).toEqual(['worth-it', 'think-twice']);
  });

  test('the factor is a named term of the formula, after the chance of winning, in both languages', () => {
    const a = adviceWith(fitFor(['C++', 'Flutter']));
    expect(a.estimate.terms.map((t) => t.code)).toEqual(['p-client', 'p-win', 'fit-factor', 'value', 'cost', 'ev']);
    const term = a.reasons.find((r) => r.code === 'fit-factor')!;
    setLanguage('en');
    expect(formatFinding(term)).toBe('Skill fit: you have 2 of its 5 skills: chance × 0.77.');
    setLanguage('ur');
    expect(formatFinding(term)).toBe('مہارتوں کی مطابقت: اس کی 5 مہارتوں میں سے 2 آپ کے پاس ہیں: امکان × 0.77۔');
    setLanguage('en');
  });

  test('the user’s own win rate is weighed by the fit too', () => {
    const own = { category: 'Desktop apps', hires: 3, resolved: 10 };
    const base = advise(JOB, null, { priceUsd: 0.15, median: null, own, fit: null, history: [], now: Date.parse(JOB.postedAt!) + DAY });
    const poor = advise(JOB, null, { priceUsd: 0.15, median: null, own, fit: fitFor(['Python']), history: [], now: Date.parse(JOB.postedAt!) + DAY });
    expect(base.reasons.some((r) => r.code === 'own-rate')).toBe(true);
    expect(poor.estimate.pHire).toBeCloseTo(base.estimate.pHire * floor, 12);
  });
});
