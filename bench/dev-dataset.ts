// Reads ../shared/datasets/upwork-2023-dev.csv (real Upwork posts with Upwork's own category)
// for the accuracy script and the calibration test. Never bundled into the extension.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const DEV_CSV = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'datasets', 'upwork-2023-dev.csv');

export interface DevRow {
  title: string;
  category: string;
  occupation: string;
  type: string;
  amount: number | null;
  tier: string;
  duration: string;
  /** Present only in files that carry these columns (the dev file has neither). */
  description: string | null;
  skills: string[];
}

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

export function readDevRows(path = DEV_CSV): DevRow[] {
  const [head, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const col = (name: string) => head!.indexOf(name);
  const at = (r: string[], name: string) => r[col(name)] ?? '';
  return rows
    .filter((r) => r.length === head!.length)
    .map((r) => ({
      title: at(r, 'title'),
      category: at(r, 'category'),
      occupation: at(r, 'occupation'),
      type: at(r, 'type'),
      amount: at(r, 'amount_amount') ? Number(at(r, 'amount_amount')) : null,
      tier: at(r, 'tier'),
      duration: at(r, 'duration'),
      description: col('description') >= 0 ? at(r, 'description') || null : null,
      skills: col('skills') >= 0 ? at(r, 'skills').split(/[;|,]/).map((x) => x.trim()).filter(Boolean) : [],
    }));
}
