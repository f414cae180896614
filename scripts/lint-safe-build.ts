// Build transforms that keep the bundles free of what Firefox add-on reviewers (and
// `web-ext lint`) reject: the Function constructor and innerHTML assignments. Both come
// from libraries, on code paths GigLens never takes; each transform fails the build when
// the library's code no longer looks as expected, so an upgrade cannot silently undo it.
import type { Plugin } from 'vite';

/** zod 4 compiles fast-path validators with `new Function` unless `jitless` is set
 *  (lib/setup/zod-jitless.ts sets it). Setting it is not enough for the linter, which reads
 *  the text: replace each `const F = Function;` with a stand-in that throws, which zod's
 *  own probe (`allowsEval`) already treats as "eval not allowed". */
export function stripZodJit(code: string, id: string): string {
  const out = code.replaceAll(
    /\bconst (\w+) = Function;/g,
    (_, name: string) => `const ${name} = function () { throw new EvalError("GigLens builds zod jitless"); };`,
  );
  if (/\bFunction\s*\(|=\s*Function\b/.test(out)) throw new Error(`lint-safe-build: zod's Function constructor left in ${id}`);
  return out;
}

/** Preact assigns `dangerouslySetInnerHTML` through innerHTML. GigLens never uses that
 *  prop; make it fail loudly instead of writing HTML. */
export function stripPreactInnerHtml(code: string, id: string): string {
  const pattern = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
  if (!pattern.test(code)) throw new Error(`lint-safe-build: Preact's innerHTML assignment not found in ${id}`);
  return code.replaceAll(pattern, '(()=>{throw new Error("GigLens: dangerouslySetInnerHTML is not supported")})()');
}

const ZOD_CORE = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/][^\\/]+\.js$/;
const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;

export function lintSafeBuild(): Plugin {
  return {
    name: 'giglens-lint-safe-build',
    enforce: 'pre',
    transform(code, id) {
      if (ZOD_CORE.test(id) && code.includes('Function')) return { code: stripZodJit(code, id), map: null };
      if (PREACT.test(id)) return { code: stripPreactInnerHtml(code, id), map: null };
      return null;
    },
  };
}
