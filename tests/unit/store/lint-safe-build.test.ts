// The build transforms that keep reviewers' red flags out of the bundles, run on the very
// library files the build reads (tests/e2e/package.e2e.ts checks the built bundles too).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { config } from 'zod/v4/core';
import { stripPreactInnerHtml, stripZodJit } from '../../../scripts/lint-safe-build';

const require = createRequire(import.meta.url);
const ZOD_CORE = join(dirname(require.resolve('zod')), 'v4', 'core');
const PREACT = require.resolve('preact').replace(/preact\.[a-z]*js$/, 'preact.mjs');
// Code, not comments: zod's comments mention `new Function`, and the minifier drops them.
const EVAL = /\bFunction\s*\(|=\s*Function\b/;

describe('zod without its JIT', () => {
  it.each(['util.js', 'doc.js', 'compile.js'])('%s: no Function constructor left', (file) => {
    const code = readFileSync(join(ZOD_CORE, file), 'utf8');
    expect(code).toMatch(EVAL);
    const out = stripZodJit(code, file);
    expect(out).not.toMatch(EVAL);
    expect(out).toContain('GigLens builds zod jitless');
  });

  it('fails the build on a Function constructor it does not know', () => {
    expect(() => stripZodJit('const f = new Function("return 1");', 'x.js')).toThrow(/Function constructor left in x\.js/);
  });

  it('the extension pages set jitless before any schema, and zod still validates', async () => {
    await import('@/lib/setup/zod-jitless');
    expect(config().jitless).toBe(true);
    const schema = z.object({ id: z.string(), n: z.number().int() });
    expect(schema.parse({ id: 'a', n: 2 })).toEqual({ id: 'a', n: 2 });
    expect(schema.safeParse({ id: 'a', n: 2.5 }).success).toBe(false);
  });
});

describe("Preact's innerHTML branch", () => {
  it('no innerHTML assignment left; dangerouslySetInnerHTML throws instead', () => {
    const code = readFileSync(PREACT, 'utf8');
    expect(code).toMatch(/\.innerHTML=/);
    const out = stripPreactInnerHtml(code, 'preact.mjs');
    expect(out).not.toMatch(/\.innerHTML\s*=(?!=)/);
    expect(out).toContain('dangerouslySetInnerHTML is not supported');
  });

  it('fails the build when Preact no longer looks as expected', () => {
    expect(() => stripPreactInnerHtml('el.innerHTML = html;', 'preact.mjs')).toThrow(/not found in preact\.mjs/);
  });
});
