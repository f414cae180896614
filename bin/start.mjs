// `npm start`: after the build, opens Chromium with GigLens loaded in a fresh profile.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve('.output/chrome-mv3');
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('No build found in .output/chrome-mv3: run `npx wxt build` first.');
  process.exit(1);
}
const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const browser = candidates.find((c) => c && existsSync(c));
if (!browser) {
  console.error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
const profile = mkdtempSync(join(tmpdir(), 'giglens-profile-'));
console.log(`Opening ${browser} with GigLens (profile ${profile}).`);
spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    'https://www.upwork.com/nx/find-work/',
  ],
  { stdio: 'inherit' },
);
