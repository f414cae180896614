// End-to-end harness: the real saved pages served over HTTPS on 127.0.0.1 at the URLs their
// MANIFEST gives, Debian's Chromium with the built extension, and a network log of every
// request any context made (pages, extension pages, service worker).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PAGES } from '../fixtures';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, '.output', 'chrome-mv3');
export const TMP = join(ROOT, 'tests', 'e2e', '.tmp');
const SITES = ['www.upwork.com', 'www.fiverr.com'];

/** Page scripts must not run (the DOM stays as saved) and the page must not reach other
 *  hosts; the content script is not bound by the page's CSP. */
const FIXTURE_CSP =
  "default-src 'self' data: blob:; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** `serve at` URL → fixture file, read from the MANIFEST table. */
export function manifestUrls(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(join(PAGES, 'MANIFEST.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = cells[1];
    const url = cells.find((c) => c.startsWith('https://'));
    if (file?.endsWith('.html') && url) map.set(new URL(url).href, file);
  }
  return map;
}

export function urlOf(file: string): string {
  for (const [url, f] of manifestUrls()) if (f === file) return url;
  throw new Error(`${file} has no "serve at" URL in MANIFEST.md`);
}

function certificate(): { key: Buffer; cert: Buffer } {
  const dir = join(TMP, 'cert');
  mkdirSync(dir, { recursive: true });
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=www.upwork.com',
      '-addext', `subjectAltName=${SITES.map((s) => `DNS:${s}`).join(',')}`,
      '-keyout', key, '-out', cert,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Extra pages a test serves (for example a page built from repeated real tiles). */
export const extraPages = new Map<string, string>();

/** The saved pages at their MANIFEST URLs (the Firefox harness reuses it). */
export function startServer(): Promise<Server> {
  const urls = manifestUrls();
  const server = createServer(certificate(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`).href;
    const extra = extraPages.get(url);
    const file = urls.get(url);
    if (extra === undefined && !file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': FIXTURE_CSP,
      'cache-control': 'no-store',
    });
    res.end(extra ?? readFileSync(join(PAGES, file!)));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  open(file: string): Promise<Page>;
  openUrl(url: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  /** Every request any context started, from Chromium's network log (after close). */
  close(): Promise<NetRequest[]>;
}

/** `dist`: the unpacked extension to load (default: the build in .output/chrome-mv3). */
export async function startSession(options: { colorScheme?: 'light' | 'dark'; dist?: string } = {}): Promise<Session> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`Build first (npx wxt build): no manifest in ${dist}`);
  mkdirSync(TMP, { recursive: true });
  const server = await startServer();
  const port = (server.address() as AddressInfo).port;
  const profile = mkdtempSync(join(TMP, 'profile-'));
  const netlog = join(profile, 'netlog.json');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium',
    headless: false,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--ignore-certificate-errors',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      `--host-resolver-rules=${SITES.map((s) => `MAP ${s} 127.0.0.1:${port}`).join(',')},MAP * ~NOTFOUND`,
      `--log-net-log=${netlog}`, '--net-log-capture-mode=Default',
    ],
  });
  // An extension without a service worker (the bench's reference annotator) has no id to read.
  const hasWorker = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).background !== undefined;
  const worker = hasWorker ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  const extensionId = worker ? new URL(worker.url()).host : '';
  const openUrl = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  };
  return {
    context,
    extensionId,
    open: (file) => openUrl(urlOf(file)),
    openUrl,
    extensionPage: (path) => openUrl(`chrome-extension://${extensionId}/${path}`),
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      const requests = existsSync(netlog) ? readNetLog(readFileSync(netlog, 'utf8')) : [];
      if (!process.env.GIGLENS_KEEP_PROFILE) rmSync(profile, { recursive: true, force: true });
      return requests;
    },
  };
}

export interface NetRequest {
  url: string;
  /** The origin that started it; Chromium's own traffic says "not an origin". */
  initiator: string;
}

/** Every URL request Chromium started, with its initiator (the log may lack its closing). */
export function readNetLog(text: string): NetRequest[] {
  const trimmed = text.trim();
  const log = JSON.parse(trimmed.endsWith('}') ? trimmed : `${trimmed.replace(/,$/, '')}]}`) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === startJob && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? 'unknown' }));
}

const isWeb = (url: string) => /^(https?|wss?):/.test(url);

/** Requests that would have left the machine from the extension or the pages it ran in: any
 *  web request an extension context started, and any request a page started to a host other
 *  than the two served sites. Chromium's own traffic (initiator "not an origin") is not the
 *  extension's, and the resolver rules send it nowhere. */
export function leavingRequests(requests: NetRequest[]): string[] {
  return requests
    .filter(({ url, initiator }) => {
      if (!isWeb(url)) return false;
      if (initiator.startsWith('chrome-extension://')) return true;
      if (initiator === 'not an origin') return false;
      return !SITES.includes(new URL(url).host);
    })
    .map((r) => `${r.initiator} -> ${r.url}`);
}

/** The data attributes and badge hosts the extension put on a page. */
export async function annotations(page: Page, expected: number): Promise<{ id: string; risk: string; badges: number }[]> {
  if (expected > 0) {
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-giglens-id]').length >= n,
      expected,
      { timeout: 15_000 },
    );
  }
  return page.$$eval('[data-giglens-id]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-giglens-id') ?? '',
      risk: el.getAttribute('data-giglens-risk') ?? '',
      badges: el.querySelectorAll('giglens-badge').length,
    })),
  );
}

/** Changes the stored settings from an extension page, as the popup's switches do. */
export async function patchSettings(extensionPage: Page, patch: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (p) => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const { settings } = (await api.storage.local.get('settings')) as { settings?: Record<string, unknown> };
    await api.storage.local.set({ settings: { ...settings, ...p } });
  }, patch);
}

/** Stops the extension's service worker as DevTools' "Stop" does (ServiceWorker.stopWorker),
 *  through any page of the session; resolves once Chromium reports it stopped. */
export async function stopWorker(session: Session, through: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(through);
  const status = new Map<string, string>();
  let updated = () => undefined as void;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.includes(session.extensionId)) status.set(v.versionId, v.runningStatus);
    updated();
  });
  await cdp.send('ServiceWorker.enable');
  const until = Date.now() + 15_000;
  while (![...status.values()].includes('running')) {
    if (Date.now() > until) throw new Error('the extension\'s service worker was never listed as running');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [versionId] = [...status].find(([, s]) => s === 'running')!;
  const stopped = new Promise<void>((resolve) => (updated = () => status.get(versionId) === 'stopped' && resolve()));
  await cdp.send('ServiceWorker.stopWorker', { versionId });
  await stopped;
  await cdp.detach();
}
