// The store listing material: texts within the stores' limits, the icons at their sizes,
// and a privacy policy that names everything the extension stores and says nothing is sent,
// as the Firefox manifest declares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (path: string) => {
  const png = readFileSync(join(ROOT, path));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe('store listing material', () => {
  it('short description: one line, within Chrome’s 132 characters', () => {
    const short = read('store/en/short.txt').trim();
    expect(short).not.toContain('\n');
    expect(short.length).toBeLessThanOrEqual(132);
  });

  it('long description: within the stores’ limits, and says it is local only', () => {
    const long = read('store/en/long.md');
    expect(long.length).toBeLessThanOrEqual(16_000);
    expect(long).toMatch(/LOCAL ONLY/);
  });

  it.each([16, 32, 48, 96, 128])('icon %i px is that size', (size) => {
    expect(pngSize(`public/icon/${size}.png`)).toEqual([size, size]);
  });

  it('promotional tile is 440×280', () => {
    expect(pngSize('store/promo-tile-440x280.png')).toEqual([440, 280]);
  });
});

describe('privacy policy', () => {
  const policy = read('docs/privacy.md');

  it('names every IndexedDB store of the `giglens` schema', () => {
    const schema = read('lib/db/schema.ts');
    const body = schema.slice(schema.indexOf('interface GigLensDB'));
    const stores = [...body.matchAll(/^ {2}(\w+): \{$/gm)].map((m) => m[1]!);
    expect(stores.length).toBeGreaterThanOrEqual(6);
    for (const store of stores) expect(policy, store).toContain(`\`${store}\``);
  });

  it('names the datasets database and the settings key', () => {
    expect(read('lib/insights/datasets-db.ts')).toContain("DATASETS_DB_NAME = 'giglens-datasets'");
    expect(policy).toContain('`giglens-datasets`');
    expect(read('lib/settings/settings-store.ts')).toContain("'local:settings'");
    expect(policy).toContain('`storage.local`, key `settings`');
  });

  it('matches the Firefox declaration: no data collected or transmitted', () => {
    expect(read('wxt.config.ts')).toContain("data_collection_permissions: { required: ['none'] }");
    expect(policy).toContain("data_collection_permissions: { required: ['none'] }");
    expect(policy).toMatch(/collects nothing and sends nothing/);
  });
});
