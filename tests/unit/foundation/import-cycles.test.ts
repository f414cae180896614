// No import cycles in the project's sources (type-only imports count): a lower layer never
// imports a higher one (style.md §14). Runs the shared checker as CI would, on lib/, components/
// and entrypoints/, and first shows on a made-up cycle that the checker does catch one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SHARED } from '../../fixtures';

const TOOL = join(SHARED, 'tools', 'import-cycles.mjs');

function run(cwd: string, dirs: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [TOOL, ...dirs], { cwd, encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

describe('import cycles', () => {
  test('the checker reports a cycle, type-only imports included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'giglens-cycles-'));
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'a.ts'), "import type { B } from './b';\nexport type A = B;\n");
    writeFileSync(join(dir, 'lib', 'b.ts'), "import { a } from './a';\nexport type B = typeof a;\n");
    const { code, out } = run(dir, ['lib']);
    expect(code).toBe(1);
    expect(out).toContain('lib/a.ts ↔ lib/b.ts');
  });

  test('lib/, components/ and entrypoints/ have none', () => {
    const { code, out } = run(process.cwd(), ['lib', 'components', 'entrypoints']);
    expect(out.split('\n').filter((l) => l.startsWith('cycle:'))).toEqual([]);
    expect(code).toBe(0);
  });
});
