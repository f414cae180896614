// Top-level accuracy and confusion matrix of the category classifier on a labelled CSV with
// Upwork's `title` and `category` columns (default: the dev dataset). From the title alone, or
// with `--full` also from `skills` and `description` columns when the file has them:
//   node --import tsx bench/category-accuracy.ts [file.csv] [--full] [--errors]
import { readDevRows, DEV_CSV } from './dev-dataset';
import { classify } from '../lib/taxonomy/classify';
import { listingWords } from '../lib/taxonomy/listing-words';
import { UPWORK_TOP_CATEGORIES } from '../lib/model/label';

export function measure(path = DEV_CSV, full = false) {
  const rows = readDevRows(path);
  const tops = [...UPWORK_TOP_CATEGORIES];
  const matrix = tops.map(() => tops.map(() => 0));
  const errors: string[] = [];
  let right = 0;
  for (const row of rows) {
    const w = listingWords(full ? row : { title: row.title });
    const got = classify({ ...w, platformCategory: null, platformSubcategory: null }).def;
    const truth = tops.indexOf(row.category as (typeof tops)[number]);
    if (truth < 0) continue;
    matrix[truth]![tops.indexOf(got.upwork)]!++;
    if (got.upwork === row.category) right++;
    else errors.push(`${row.category} / ${row.occupation}  ->  ${got.upwork} (${got.id}):  ${row.title}`);
  }
  return { rows: rows.length, accuracy: right / rows.length, tops, matrix, errors };
}

function printMatrix(tops: string[], matrix: number[][]): void {
  const short = (t: string) => t.replace(/[^A-Z]/g, '').slice(0, 4).padStart(5);
  console.log(`${'truth \\ predicted'.padEnd(28)}${tops.map(short).join('')}  recall`);
  matrix.forEach((line, i) => {
    const total = line.reduce((a, b) => a + b, 0);
    console.log(`${tops[i]!.padEnd(28)}${line.map((n) => String(n).padStart(5)).join('')}  ${((line[i]! / total) * 100).toFixed(1)}%`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const full = args.includes('--full');
  const result = measure(args.find((a) => !a.startsWith('--')), full);
  console.log(`${result.rows} posts, ${full ? 'title, skills and description' : 'title alone'}: top-level accuracy ${(result.accuracy * 100).toFixed(1)}%`);
  printMatrix(result.tops, result.matrix);
  if (args.includes('--errors')) console.log(result.errors.join('\n'));
}
