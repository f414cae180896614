// The two catalogues stay in step: the same keys, the same parameters and plural forms, no
// key without a use, no use without a key, nothing browser.i18n would misread.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/i18n';
import { paramsOf } from '@/lib/i18n/translate';

const { en, ur } = CATALOGUES;
const ROOT = join(__dirname, '../../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}
const code = [...SOURCE_DIRS.flatMap((d) => sources(join(ROOT, d))), join(ROOT, 'wxt.config.ts')]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const base = (key: string) => key.replace(/__(zero|one|two|few|many|other)$/, '');

describe('message catalogues', () => {
  it('have the same keys in English and Urdu', () => {
    expect(Object.keys(ur).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(10);
  });

  it.each(Object.keys(en))('%s: same parameters in both languages, and a non-empty message', (key) => {
    expect(paramsOf(ur[key]!.message)).toEqual(paramsOf(en[key]!.message));
    expect(en[key]!.message.trim()).not.toBe('');
    expect(ur[key]!.message.trim()).not.toBe('');
  });

  it('keys are what browser.i18n accepts, and no message has a $ (its substitution mark)', () => {
    for (const [key, entry] of Object.entries({ ...en, ...ur })) {
      expect(key).toMatch(/^[a-z0-9_]+$/);
      expect(entry.message, key).not.toContain('$');
    }
  });

  it('every plural key has its "other" form', () => {
    for (const key of Object.keys(en).filter((k) => k !== base(k))) expect(en[`${base(key)}__other`], key).toBeDefined();
  });

  it('no key is unused: each appears quoted in the code (or as __MSG_key__ in the manifest)', () => {
    const unused = [...new Set(Object.keys(en).map(base))].filter(
      (k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`) && !code.includes(`__MSG_${k}__`),
    );
    expect(unused).toEqual([]);
  });

  it('every key the code asks t() for exists', () => {
    const asked = [...code.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1]!);
    const known = new Set(Object.keys(en).map(base));
    expect(asked.filter((k) => !known.has(k))).toEqual([]);
  });

  it('the manifest name and description come from the catalogue (store listings in both)', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("default_locale: 'en'");
    expect(ur.ext_description!.message.length).toBeLessThanOrEqual(132);
    expect(en.ext_description!.message.length).toBeLessThanOrEqual(132);
  });
});
