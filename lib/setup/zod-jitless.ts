// Imported first by every extension page and the background, before any schema exists:
// zod 4 decides at schema creation whether to compile validators with `new Function`.
// Extension pages forbid eval (CSP) and Firefox reviewers reject the Function constructor,
// so zod interprets instead (the build also strips its JIT path: scripts/lint-safe-build.ts).
import { config } from 'zod/v4/core';

config({ jitless: true });
