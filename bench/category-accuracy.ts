// Top-level accuracy and confusion matrix of the category classifier on a labelled CSV with
// Upwork's `title` and `category` columns (default: the dev dataset). From the title alone, or
// with `--full` also from `skills` and `description` columns when the file has them:
// `--half even|odd` keeps every other row (0-based row order): tune while reading errors of one
// half only, and the other half's accuracy tells how much of the gain is overfitting.
//   node --import tsx bench/category-accuracy.ts [file.csv] [--full] [--errors] [--half even|odd]
import { readDevRows, DEV_CSV } from './dev-dataset';
import { classify } from '../lib/taxonomy/classify';
import { listingWords } from '../lib/taxonomy/listing-words';
import { UPWORK_TOP_CATEGORIES } from '../lib/model/label';
import { crossValidate, FOLDS } from '../scripts/train-category';

export type Half = 'even' | 'odd' | null;

export function measure(path = DEV_CSV, full = false, half: Half = null) {
  const rows = readDevRows(path).filter((_, i) => half === null || i % 2 === (half === 'even' ? 0 : 1));
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
  const halfAt = args.indexOf('--half');
  const half = halfAt >= 0 ? (args[halfAt + 1] as Half) : null;
  const file = args.find((a, i) => !a.startsWith('--') && !(halfAt >= 0 && i === halfAt + 1));
  const result = measure(file, full, half);
  const which = half ? `, ${half} rows` : '';
  console.log(`${result.rows} posts${which}, ${full ? 'title, skills and description' : 'title alone'}: top-level accuracy ${(result.accuracy * 100).toFixed(2)}%`);
  printMatrix(result.tops, result.matrix);
  if (!file && !full && !half) {
    // The shipped model saw every dev row: the fair figure trains on four folds, scores the fifth.
    const cv = crossValidate(readDevRows());
    const pct = (n: number) => `${((n / cv.rows) * 100).toFixed(2)}%`;
    console.log(`${FOLDS}-fold cross-validated (fold = row index mod ${FOLDS}): phrases alone ${pct(cv.rules)}, model alone ${pct(cv.model)}, blended ${pct(cv.blended)}`);
  }
  if (args.includes('--errors')) console.log(result.errors.join('\n'));
}
