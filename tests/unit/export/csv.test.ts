// CSV export: cells a spreadsheet would run as formulas are neutralised; quoting per RFC 4180.
import { describe, expect, test } from 'vitest';
import { CSV_HEADER, csvCell, csvRow, exportCsvChunks } from '@/lib/export/export-csv';
import { toStored } from '@/lib/db/listings';
import { NOW, SEARCH_2024_09, CATEGORIES, labelWith, pageListings } from '../trends/helpers';
import { realHistory } from './history';

describe('csv cells', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['=1+2', "'=1+2"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['  =1', "'  =1"],
    ['Shopify, WordPress', '"Shopify, WordPress"'],
    ['Line one\nline two', '"Line one\nline two"'],
    ['Build a "landing" page', '"Build a ""landing"" page"'],
    ['Data entry – 5 = fine', 'Data entry – 5 = fine'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  test.each([
    [null, ''],
    [undefined, ''],
    [1000, '1000'],
    [22.5, '22.5'],
    [true, 'true'],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe('csv rows', () => {
  test('a real tile, with a title made to look like a formula', () => {
    const tile = pageListings(SEARCH_2024_09)[0]!; // "Drafting User Manual for bluetooth electronic…", $16–40/h
    const stored = toStored({ listing: { ...tile, title: `=cmd|' /C calc'!A0 ${tile.title}` }, label: labelWith(CATEGORIES[1]!) }, undefined, NOW);
    const cells = Object.fromEntries(CSV_HEADER.split(',').map((name, n) => [name, csvRow(stored).split(',')[n]]));
    expect(cells['platform']).toBe('upwork');
    expect(cells['id']).toBe('~0112806dc0c582779c');
    expect(cells['title']!.startsWith(`'=cmd|`)).toBe(true);
    expect(cells['category']).toBe('Content writing');
    expect(cells['upwork_category']).toBe('Writing');
    expect([cells['pay_type'], cells['pay_min'], cells['pay_max'], cells['currency']]).toEqual(['hourly', '16', '40', 'USD']);
    expect([cells['proposals_min'], cells['proposals_max']]).toEqual(['0', '4']);
    expect(cells['first_seen_at']).toBe(new Date(NOW).toISOString());
    expect(cells['seen_count']).toBe('1');
  });

  test('the file: BOM, header, one CRLF row per listing, newest first', async () => {
    const db = await realHistory();
    const text = (await exportCsvChunks(db)).join('');
    expect(text.startsWith(`\uFEFF${CSV_HEADER}\r\n`)).toBe(true);
    const rows = text.slice(1).split('\r\n').filter((r) => /^(upwork|fiverr),/.test(r));
    expect(rows).toHaveLength(40);
    // The first ten were seen again at NOW: they lead.
    const firstTen = pageListings(SEARCH_2024_09).slice(0, 10).map((l) => l.id);
    expect(rows.slice(0, 10).map((r) => r.split(',')[1]).sort()).toEqual([...firstTen].sort());
  });
});
