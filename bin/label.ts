// npm run --silent label -- <listings.jsonl>
// Each input line a partial listing (title required; description, skills, pay, experience,
// duration, platform, platformCategory, platformSubcategory optional); each output line
// {category, risk} in input order. A bad line prints {"error": …} in its place and a message
// naming the line on stderr; the other lines are still labelled (exit code 1 if any failed).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseLabelLine } from '../lib/label/label-input';
import { labelWith } from '../lib/rules/engine';

const USAGE = 'usage: npm run --silent label -- <listings.jsonl>';

async function main(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length !== 1) {
    process.stderr.write(`label: expected one JSON Lines file\n${USAGE}\n`);
    return 2;
  }
  const file = args[0]!;
  const input = createReadStream(file, 'utf8');
  const opened = new Promise<void>((resolve, reject) => input.once('open', () => resolve()).once('error', reject));
  try {
    await opened;
  } catch (e) {
    process.stderr.write(`label: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let n = 0;
  let failed = 0;
  let pendingBlank = 0;
  const out: string[] = [];
  const flush = () => out.length > 1000 && process.stdout.write(out.splice(0).join(''));
  const fail = (line: number, error: string) => {
    failed++;
    process.stderr.write(`label: ${file} line ${line}: ${error}\n`);
    out.push(`${JSON.stringify({ error: `line ${line}: ${error}` })}\n`);
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    // A blank line is an error only when more input follows it (a file may end in newlines).
    if (!line.trim()) {
      pendingBlank++;
      continue;
    }
    for (let b = pendingBlank; b > 0; b--) fail(n - b, 'empty line');
    pendingBlank = 0;
    const parsed = parseLabelLine(line);
    if (parsed.ok) out.push(`${JSON.stringify(labelWith(parsed.listing))}\n`);
    else fail(n, parsed.error);
    flush();
  }
  process.stdout.write(out.join(''));
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`label: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
