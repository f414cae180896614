// What an add-on reviewer checks first: Mozilla's linter (`web-ext lint`, as `npm run
// lint:firefox` runs it) finds nothing in the Firefox build, and its manifest asks for no
// more than storage and the two sites and declares that no data is collected.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_DIST, ROOT } from './harness';

// web-ext exports no package.json; its bin is at a fixed place in node_modules.
const WEB_EXT = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; file?: string }[];
  warnings: { code: string; file?: string }[];
}

describe('Firefox build as reviewers see it', () => {
  it('web-ext lint: 0 errors, 0 warnings', () => {
    const run = spawnSync(process.execPath, [WEB_EXT, 'lint', '--source-dir', FIREFOX_DIST, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      timeout: 90_000,
      // No update check: the test must not reach the network.
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
    const report = JSON.parse(run.stdout) as LintReport;
    const findings = [...report.errors, ...report.warnings].map((f) => `${f.code} in ${f.file ?? 'manifest'}`);
    expect(findings).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('manifest: storage and the two sites only, no data collected, an icon for the toolbar', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'https://www.upwork.com/*', 'https://www.fiverr.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'giglens@giglens.local',
      data_collection_permissions: { required: ['none'] },
    });
    expect(Object.keys(manifest.browser_action.default_icon)).toEqual(['16', '32', '48', '96', '128']);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
  });
});
