// The `label` command: one output line per input line, in order; bad lines are reported by
// number and do not stop the others.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLabelLine } from '@/lib/label/label-input';
import { labelWith } from '@/lib/rules/engine';
import { LabelSchema } from '@/lib/model/label';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function run(lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'giglens-label-'));
  const file = join(dir, 'listings.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/label.ts', file], { cwd: ROOT, encoding: 'utf8' });
  return { ...r, file, out: r.stdout.trim().split('\n').map((l) => JSON.parse(l)) };
}

describe('parseLabelLine', () => {
  test.each([
    ['not json', /^not JSON/],
    ['[1,2]', /^not a JSON object$/],
    ['{}', /^title: /],
    ['{"title":"  "}', /^title: title is required$/],
    ['{"title":"x","experience":"guru"}', /^experience: /],
    ['{"title":"x","pay":{"type":"fixed"}}', /^pay\.amount: /],
    ['{"title":"x","skills":"seo"}', /^skills: /],
  ])('%s is refused', (line, message) => {
    const r = parseLabelLine(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  test('a partial listing is filled with nulls the engine reads as unknown', () => {
    const r = parseLabelLine('{"title":"Logo","pay":{"type":"hourly","min":10}}');
    expect(r).toEqual({ ok: true, listing: { title: 'Logo', skills: [], pay: { type: 'hourly', min: 10, max: null, currency: 'USD' } } });
  });
});

describe('npm run label', () => {
  test('labels every good line in order and reports the bad ones by number', () => {
    const good1 = { title: 'Translate a website from English to German', pay: { type: 'fixed', amount: 40, currency: 'USD' } };
    const good2 = { title: 'Build an AI chatbot with the OpenAI API', experience: 'expert', platform: 'upwork' };
    const r = run([JSON.stringify(good1), 'not json', '', '{"title":""}', JSON.stringify(good2)]);
    expect(r.status).toBe(1);
    expect(r.out.length).toBe(5);
    expect(r.out[0]).toEqual(JSON.parse(JSON.stringify(labelWith(parseOk(good1)))));
    expect(r.out[4]).toEqual(JSON.parse(JSON.stringify(labelWith(parseOk(good2)))));
    expect(LabelSchema.safeParse(r.out[0]).success).toBe(true);
    expect(r.out.slice(1, 4)).toEqual([
      { error: expect.stringMatching(/^line 2: not JSON/) },
      { error: 'line 3: empty line' },
      { error: 'line 4: title: title is required' },
    ]);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^label: .*listings\\.jsonl line 2: not JSON`)),
      expect.stringMatching(/line 3: empty line$/),
      expect.stringMatching(/line 4: title: title is required$/),
    ]);
  });

  test('a file of good lines exits 0; a missing file says so', () => {
    expect(run([JSON.stringify({ title: 'Logo design' })]).status).toBe(0);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'bin/label.ts', '/nonexistent/x.jsonl'], { cwd: ROOT, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/x\.jsonl/);
  });
});

function parseOk(value: object) {
  const r = parseLabelLine(JSON.stringify(value));
  if (!r.ok) throw new Error(r.error);
  return r.listing;
}
