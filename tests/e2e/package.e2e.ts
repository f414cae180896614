// The store archives `npm run zip` made, as the stores receive them: the version from
// package.json, the same files as the build, a Chrome manifest asking for nothing beyond
// storage and the two sites, and bundles free of what reviewers reject.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivePath, ROOT, unzip } from './archives';
import { DIST, TMP } from './harness';

const FIREFOX_DIST = join(ROOT, '.output', 'firefox-mv2');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('store archives', () => {
  it('npm run zip made the Chrome, Firefox and sources archives of this version', () => {
    for (const kind of ['chrome', 'firefox', 'sources'] as const) expect(existsSync(archivePath(kind)), kind).toBe(true);
    const listing = execFileSync('unzip', ['-Z1', archivePath('sources')], { encoding: 'utf8' }).split('\n');
    expect(listing).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'public/icon.svg']));
    expect(listing.filter((f) => f.startsWith('tests/') || f.startsWith('node_modules/'))).toEqual([]);
  });

  it.each([
    ['chrome', DIST],
    ['firefox', FIREFOX_DIST],
  ] as const)('the %s archive holds exactly the built files', (kind, dist) => {
    const dir = mkdtempSync(join(TMP, `unzip-${kind}-`));
    try {
      unzip(archivePath(kind), dir);
      expect(filesIn(dir)).toEqual(filesIn(dist));
      for (const file of filesIn(dist)) expect(readFileSync(join(dir, file)).equals(readFileSync(join(dist, file))), file).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Chrome manifest: storage and the two sites, nothing more', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual(['https://www.upwork.com/*', 'https://www.fiverr.com/*']);
    for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources', 'browser_specific_settings']) {
      expect(manifest[key], key).toBeUndefined();
    }
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(new Set(matches)).toEqual(new Set(manifest.host_permissions));
    expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'");
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
  });

  it.each([DIST, FIREFOX_DIST])('%s: no HTML written as text, no code built from strings', (dist) => {
    const scripts = filesIn(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(join(dist, file), 'utf8');
      const patterns = [/\.(inner|outer)HTML\s*=(?!=)/, /insertAdjacentHTML|document\.write/, /\bFunction\s*\(|new\s+Function\b|=\s*Function\b|\beval\s*\(/];
      for (const pattern of patterns) if (pattern.test(code)) found.push(`${file}: ${pattern}`);
    }
    expect(found).toEqual([]);
  });
});
