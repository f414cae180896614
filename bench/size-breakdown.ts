// Where a content script's bytes come from: the same sources bundled and minified by esbuild
// (close to, not identical with, WXT's build), the output bytes grouped by source area. Printed
// to say what would bring a content script under its budget; not a budgeted figure itself.
import { build } from 'esbuild';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_DIR } from './sizes';

const ROOT = join(BENCH_DIR, '..');

/** lib/rules/engine.ts → lib/rules; node_modules/zod/v4/… → zod. */
function area(path: string): string {
  const parts = relative(ROOT, path.replace(/^[^:]*:/, '')).split('/');
  if (parts[0] === 'node_modules') return parts[1]!.startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]!;
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts.join('/');
}

export interface AreaSize {
  area: string;
  bytes: number;
  /** The area's share of the bundle's gzip size (its share of the minified bytes). */
  gzipEstimate: number;
}

export async function contentScriptBreakdown(site: 'upwork' | 'fiverr'): Promise<AreaSize[]> {
  const contents = `import { runContentScript } from '@/lib/content/run';\nimport { ${site}Reader } from '@/lib/${site}/reader';\nexport default () => runContentScript(undefined as never, ${site}Reader);\n`;
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: `${site}.content.ts` },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const total = output.bytes;
  const gzip = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  const byArea = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    byArea.set(area(join(ROOT, path)), (byArea.get(area(join(ROOT, path))) ?? 0) + input.bytesInOutput);
  }
  return [...byArea]
    .map(([name, bytes]) => ({ area: name, bytes, gzipEstimate: (bytes / total) * gzip }))
    .sort((a, b) => b.bytes - a.bytes);
}
