// Upwork's wordings, field by field, as tables: what the pages say → contract values.
import { describe, expect, test } from 'vitest';
import { jobKey, upworkUrl } from '@/lib/upwork/job-url';
import { parsePay, splitDuration } from '@/lib/upwork/pay';
import { parseCount, parseExperience, parseMoney, parseProposals, parseRating, parseVerified, richText } from '@/lib/upwork/text';

describe('parseMoney', () => {
  test.each([
    ['$6K+', 6000],
    ['$1.5M+ spent', 1_500_000],
    ['$2,000.00', 2000],
    ['$26K total spent', 26_000],
    ['$0', 0],
    ['$2.8K', 2800],
    ['spent', null],
    ['', null],
    [null, null],
    ['$99999999999', null],
  ])('%s → %s', (text, value) => expect(parseMoney(text)).toBe(value));
});

describe('parsePay', () => {
  test.each([
    ['Hourly: $15.00 - $30.00', null, { type: 'hourly', min: 15, max: 30, currency: 'USD' }],
    ['Hourly: $15-$30', null, { type: 'hourly', min: 15, max: 30, currency: 'USD' }],
    ['Hourly: $14.00 - $14.00', null, { type: 'hourly', min: 14, max: 14, currency: 'USD' }],
    ['Hourly', null, { type: 'hourly', min: null, max: null, currency: 'USD' }],
    ['Fixed price', 'Est. budget: $2,000.00', { type: 'fixed', amount: 2000, currency: 'USD' }],
    ['Fixed-price', '$150', { type: 'fixed', amount: 150, currency: 'USD' }],
    ['Fixed price', null, null],
    ['Fixed price', 'Est. budget: garbled', null],
    [null, null, null],
    ['Monthly retainer', '$100', null],
  ])('%s / %s', (type, budget, pay) => expect(parsePay(type, budget)).toEqual(pay));
});

describe('splitDuration', () => {
  test.each([
    ['Est. time: 1 to 3 months, Less than 30 hrs/week', '1 to 3 months', 'Less than 30 hrs/week'],
    ['3 to 6 months, 30+ hrs/week', '3 to 6 months', '30+ hrs/week'],
    ['Less than 1 month, Hours to be determined', 'Less than 1 month', 'Hours to be determined'],
    ['30+ hrs/week', null, '30+ hrs/week'],
    ['More than 6 months', 'More than 6 months', null],
    [null, null, null],
  ])('%s', (text, duration, workload) => expect(splitDuration(text)).toEqual({ duration, workload }));
});

describe('parseProposals', () => {
  test.each([
    ['Proposals: 10 to 15', { min: 10, max: 15 }],
    ['50+', { min: 50, max: null }],
    ['Less than 5', { min: 0, max: 4 }],
    ['20 to 50', { min: 20, max: 50 }],
    ['Proposals:', null],
    ['lots', null],
  ])('%s', (text, tier) => expect(parseProposals(text)).toEqual(tier));
});

describe('small readers', () => {
  test.each([
    ['Entry Level', 'entry'],
    ['Intermediate', 'intermediate'],
    ['Expert', 'expert'],
    ['Experience Level', null],
    ['', null],
  ])('parseExperience(%s)', (text, level) => expect(parseExperience(text)).toBe(level));
  test.each([
    ['Rating is 4.89 out of 5.', 4.89],
    ['4.99 of 11 reviews', 4.99],
    ['Rating is 7 out of 5.', null],
    ['no rating', null],
  ])('parseRating(%s)', (text, rating) => expect(parseRating(text)).toBe(rating));
  test.each([
    ['Payment verified', true],
    ['Payment unverified', false],
    ['Payment method not verified', false],
    ['', null],
  ])('parseVerified(%s)', (text, verified) => expect(parseVerified(text)).toBe(verified));
  test.each([
    ['Interviewing: 3', 3],
    ['1,204 reviews', 1204],
    ['none', null],
  ])('parseCount(%s)', (text, n) => expect(parseCount(text)).toBe(n));
});

describe('job keys and links', () => {
  const base = new URL('https://www.upwork.com/nx/search/jobs/?q=x');
  test.each([
    ['/jobs/Drafting-User-Manual_~0112806dc0c582779c/?referrer_url_path=/nx/search/jobs/', '~0112806dc0c582779c'],
    ['/jobs/~022037632358032505171', '~022037632358032505171'],
    ['/freelance-jobs/apply/HubSpot-Expert_~022063359642184142529/', '~022063359642184142529'],
    ['/nx/search/jobs/details/~021836097417550972322?pageTitle=Job', '~021836097417550972322'],
    ['/jobs/no-key-here', null],
    ['/freelancers/~01', null],
  ])('jobKey(%s)', (path, key) => expect(jobKey(path)).toBe(key));
  test.each([
    ['/jobs/x_~0112806dc0c582779c/?referrer=1#top', 'https://www.upwork.com/jobs/x_~0112806dc0c582779c/'],
    ['https://upwork.com/jobs/~0112806dc0c582779c', 'https://upwork.com/jobs/~0112806dc0c582779c'],
    ['javascript:alert(1)//~0112806dc0c582779c', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['http://www.upwork.com/jobs/~0112806dc0c582779c', null],
    ['https://www.upwork.com.evil.example/jobs/~0112806dc0c582779c', null],
    ['//evil.example/jobs/~0112806dc0c582779c', null],
    ['', null],
  ])('upworkUrl(%s)', (href, url) => expect(upworkUrl(href, base)?.href ?? null).toBe(url));
});

describe('richText', () => {
  const el = (html: string) => {
    const div = document.createElement('div');
    div.innerHTML = html; // test input only; the parsers never use innerHTML
    return div;
  };
  test.each([
    ['<p>One <span class="highlight">two</span> three</p>', 'One two three'],
    ['<p>Line one <br>\nLine two<br>\n<br>\nLine four</p>', 'Line one\nLine two\n\nLine four'],
    ['<strong>Summary</strong><p class="multiline-text">First\n\nSecond</p>', 'Summary\nFirst\n\nSecond'],
    ['<p>Text<span class="sr-only">hidden</span><button>more</button><script>x()</script></p>', 'Text'],
    ['<p>   </p>', null],
  ])('%s', (html, text) => expect(richText(el(html))).toBe(text));
});
