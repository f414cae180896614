// The docs' table of every number is the model: a weight changed in one place only fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ADVISOR_MODEL } from '@/lib/connects/model';

/** Dotted key → value; table entries (by wording or level) as `path[key]`. */
function flatten(v: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(v)) {
    for (const item of v as Record<string, unknown>[]) {
      const { match, level, ...rest } = item;
      out.set(`${path}[${String(match ?? level)}]`, String(Object.values(rest)[0]));
    }
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) flatten(x, path ? `${path}.${k}` : k, out);
  } else out.set(path, String(v));
  return out;
}

test('docs/connects-advisor.md lists every number of the model, with its value', () => {
  const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'connects-advisor.md'), 'utf8');
  const documented = new Map(
    [...doc.matchAll(/^\| `([^`]+)` \| ([^|]+?) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]),
  );
  expect(documented).toEqual(flatten(ADVISOR_MODEL, '', new Map()));
});
