// Renders HTML to PNG in Debian's Chromium (playwright-core, no browser download): used to
// make the icons and the store's promotional tile from committed sources.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', process.env.CHROME_PATH ?? '']
  .find((p) => p && existsSync(p));

export async function renderPngs(jobs: { html: string; width: number; height: number; path: string; transparent?: boolean }[]): Promise<void> {
  if (!CHROMIUM) throw new Error('No Chromium: apt-get install chromium, or set CHROME_PATH');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const job of jobs) {
      const page = await browser.newPage({ viewport: { width: job.width, height: job.height }, deviceScaleFactor: 1 });
      await page.setContent(job.html);
      await page.screenshot({ path: job.path, omitBackground: job.transparent ?? false });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
