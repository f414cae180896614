// Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi (no geckodriver, no browser download), the saved pages served as for Chromium, and
// every request any context made recorded by a proxy (./proxy.ts).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { archivePath, ROOT } from '../e2e/archives';
import { startServer, TMP, urlOf } from '../e2e/harness';
import { startProxy } from './proxy';

export { ROOT };
export const FIREFOX_DIST = join(ROOT, '.output', 'firefox-mv2');
export const FIREFOX_ZIP = archivePath('firefox');
export const ADDON_ID = 'giglens@giglens.local';
/** Fixed in advance (extensions.webextensions.uuids) so extension pages have known URLs. */
export const ADDON_UUID = '3f0b9a52-6c1e-4d7a-9b8e-2a4c6d8e0f13';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const PREFS = {
  // Every host resolves to loopback and every request goes through the recording proxy
  // (set below), with no fallback to a direct connection.
  'network.dns.forceResolve': '127.0.0.1',
  'network.trr.mode': 5,
  'network.proxy.type': 1,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'network.proxy.failover_direct': false,
  'network.http.http3.enable': false,
  'media.peerconnection.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  // Firefox's own remote settings would otherwise poll Mozilla (with the env var below).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'xpinstall.signatures.required': false,
  // An add-on placed in the profile (the store archive itself) is enabled at startup.
  'extensions.autoDisableScopes': 0,
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
};

export interface FirefoxSession {
  browser: Browser;
  open(file: string): Promise<Page>;
  /** The tab Firefox started with (an extension page when `startPath` was given). */
  firstPage(): Promise<Page>;
  /** Every request Firefox sent (see proxy.ts), after close. */
  close(): Promise<string[]>;
}

/** Default: the built directory installed over BiDi, as a developer loads it. With `xpi`,
 *  that archive is installed in the profile before start and Firefox opens `startPath`
 *  (moz-extension://UUID/startPath): over BiDi Firefox refuses to navigate a tab to an
 *  extension page, but opens one given on its command line. */
export async function launchFirefox(options: { xpi?: string; startPath?: string } = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr`);
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error('Build first: npx wxt build -b firefox');
  mkdirSync(TMP, { recursive: true });
  const server = await startServer();
  const proxy = await startProxy((server.address() as AddressInfo).port);
  const profile = mkdtempSync(join(TMP, 'firefox-'));
  if (options.xpi) {
    mkdirSync(join(profile, 'extensions'));
    copyFileSync(options.xpi, join(profile, 'extensions', `${ADDON_ID}.xpi`));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    args: options.startPath ? [`moz-extension://${ADDON_UUID}/${options.startPath}`] : [],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...PREFS,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
    },
  });
  if (!options.xpi) await browser.installExtension(FIREFOX_DIST);
  return {
    browser,
    async open(file) {
      const page = await browser.newPage();
      await page.goto(urlOf(file), { waitUntil: 'domcontentloaded' });
      return page;
    },
    async firstPage() {
      const [page] = await browser.pages();
      if (!page) throw new Error('Firefox has no tab');
      return page;
    },
    async close() {
      await browser.close();
      await proxy.close();
      await new Promise((ok) => server.close(ok));
      if (!process.env.GIGLENS_KEEP_PROFILE) rmSync(profile, { recursive: true, force: true });
      return proxy.requests;
    },
  };
}

/** The listings the extension marked, once at least `expected` carry their risk. */
export async function annotations(page: Page, expected: number): Promise<{ id: string; risk: string; badges: number }[]> {
  await page.waitForFunction(
    (n: number) => document.querySelectorAll('[data-giglens-id][data-giglens-risk]').length >= n,
    { timeout: 15_000 },
    expected,
  );
  return page.$$eval('[data-giglens-id]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-giglens-id') ?? '',
      risk: el.getAttribute('data-giglens-risk') ?? '',
      badges: el.querySelectorAll('giglens-badge').length,
    })),
  );
}
