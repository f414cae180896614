// npm run --silent analyze -- <file.html> --url <page URL>
// Prints { page: {platform, kind, status, health}, listings: [...] } for a saved page.
import { parseArgs } from 'node:util';
import { AnalyzeError, analyzeFile } from '../lib/analyze/analyze-page';

const USAGE = 'usage: npm run --silent analyze -- <file.html> --url <page URL>';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    process.stderr.write(`analyze: ${(e as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) {
    process.stderr.write(`analyze: expected one saved page\n${USAGE}\n`);
    return 1;
  }
  try {
    const result = await analyzeFile(file, args.values.url);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof AnalyzeError)) throw e;
    process.stderr.write(`analyze: ${e.message}\n${USAGE}\n`);
    return 1;
  }
}

process.exitCode = await main();
