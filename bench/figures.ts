// One measured figure, its goal, and how the report prints it. Time figures are printed and
// compared with their goal, never asserted: only size budgets decide the exit code.

export interface Goal {
  op: '<=' | '>=' | '==';
  value: number;
}

export interface Figure {
  section: string;
  name: string;
  /** null when it could not be measured (see note). */
  value: number | null;
  unit: string;
  goal?: Goal;
  note?: string;
}

export interface CheckedFigure extends Figure {
  /** null when there is no goal or no value. */
  met: boolean | null;
}

export function check(figure: Figure): CheckedFigure {
  const { goal, value } = figure;
  if (!goal || value === null || Number.isNaN(value)) return { ...figure, met: null };
  const met = goal.op === '<=' ? value <= goal.value : goal.op === '>=' ? value >= goal.value : value === goal.value;
  return { ...figure, met };
}

export const percentile = (values: number[], p: number): number => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
export const median = (values: number[]) => percentile(values, 50);

function formatNumber(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${unit}`.trim();
}

export const formatValue = (f: Figure): string => (f.value === null || Number.isNaN(f.value) ? 'not measured' : formatNumber(f.value, f.unit));
export const formatGoal = (f: Figure): string => (f.goal ? `${f.goal.op === '==' ? '=' : f.goal.op === '<=' ? '≤' : '≥'} ${formatNumber(f.goal.value, f.unit)}` : '');

export function printFigures(figures: CheckedFigure[]): void {
  let section = '';
  const nameWidth = Math.min(64, Math.max(...figures.map((f) => f.name.length)));
  for (const f of figures) {
    if (f.section !== section) {
      section = f.section;
      console.log(`\n${section}`);
    }
    const status = f.met === null ? '     ' : f.met ? ' ok  ' : ' MISS';
    const goal = f.goal ? `goal ${formatGoal(f)}` : '';
    console.log(`${status} ${f.name.padEnd(nameWidth)}  ${formatValue(f).padStart(18)}  ${goal}${f.note ? `  (${f.note})` : ''}`);
  }
}
