// The `analyze` command on every saved Upwork page: the same result the extension's
// parser gives, with each listing labelled; and clear errors for bad input.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyzeFile } from '@/lib/analyze/analyze-page';
import { labelListing } from '@/lib/label/label-listing';
import { upwork } from '@/lib/upwork/adapter';
import { loadPage, PAGES } from '../../fixtures';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const FIXTURES: [string, string][] = [
  ['upwork-feed-most-recent-2024-09-snippet.html', 'https://www.upwork.com/nx/find-work/most-recent'],
  ['upwork-feed-best-matches-2025-snippet.html', 'https://www.upwork.com/nx/find-work/best-matches'],
  ['upwork-search-2024-08-logged-in.html', 'https://www.upwork.com/nx/search/jobs/?q=web%20scraping'],
  ['upwork-search-2024-09-logged-in-snippet.html', 'https://www.upwork.com/nx/search/jobs/?q=automation'],
  ['upwork-search-2026-02-logged-in-raw.html', 'https://www.upwork.com/nx/search/jobs/?q=n8n'],
  ['upwork-search-2026-05-logged-out.html', 'https://www.upwork.com/nx/search/jobs/?q=python%20web%20scraping'],
  ['upwork-job-2024-08-hourly.html', 'https://www.upwork.com/jobs/~0192f64b63ede4e596'],
  ['upwork-job-2024-10-hourly-new-client.html', 'https://www.upwork.com/jobs/~021836097417550972322'],
  ['upwork-job-2026-04-fixed-raw.html', 'https://www.upwork.com/jobs/~022037632358032505171'],
  ['upwork-public-job-2026-07.html', 'https://www.upwork.com/freelance-jobs/apply/Retell-Voice-Agent-Setup-GoHighLevel-VAPI-Automation_~022078223889120339733'],
  ['upwork-challenge-2026-08.html', 'https://www.upwork.com/nx/search/jobs/?q=logo'],
];

describe.each(FIXTURES)('analyze %s', (file, url) => {
  test('prints the page result the extension would compute, each listing labelled', async () => {
    const { listings, ...page } = upwork.parsePage(loadPage(file), new URL(url));
    const result = await analyzeFile(join(PAGES, file), url);
    expect(result.page).toEqual(page);
    expect(result.listings).toEqual(listings.map((l) => ({ ...l, label: labelListing(l) })));
  });
});

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'bin/analyze.ts', ...args], { cwd: REPO, encoding: 'utf8' });

describe('the command', () => {
  test('one JSON object on stdout; on a job page the job is listings[0]', () => {
    const out = run(join(PAGES, 'upwork-job-2026-04-fixed-raw.html'), '--url', 'https://www.upwork.com/jobs/~022037632358032505171');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.page).toEqual({ platform: 'upwork', kind: 'job', status: 'ok', health: { found: 1, parsed: 1 } });
    expect(json.listings[0]).toMatchObject({ id: '~022037632358032505171', connects: 20, label: expect.any(Object) });
  });

  test.each([
    [['missing.html', '--url', 'https://www.upwork.com/jobs/~0192f64b63ede4e596'], /cannot read missing\.html: no such file/],
    [[join(PAGES, 'upwork-job-2024-08-hourly.html')], /missing --url/],
    [[join(PAGES, 'upwork-job-2024-08-hourly.html'), '--url', 'https://example.com/jobs/1'], /not an Upwork or Fiverr page URL/],
    [[join(PAGES, 'upwork-job-2024-08-hourly.html'), '--url', 'not a url'], /not a URL/],
    [['--url', 'https://www.upwork.com/'], /expected one saved page/],
  ])('%j fails with a clear message and exit 1', (args, message) => {
    const out = run(...args);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });
});
