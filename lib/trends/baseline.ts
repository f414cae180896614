// The baseline half of a listing's trend: what the research says about its Upwork category.
import type { UpworkTopCategory } from '../model/label';
import {
  BASELINE_PERIODS,
  BASELINE_ROWS,
  DEMAND_NOTES,
  type BaselineRow,
  type BaselineSourceId,
  type DemandNote,
} from './baseline-data';

export interface BaselineTrend {
  upwork: UpworkTopCategory;
  before: { period: string; source: BaselineSourceId };
  after: { period: string; source: BaselineSourceId };
  figures: BaselineRow;
  notes: DemandNote[];
}

export function baselineFor(upwork: UpworkTopCategory | null | undefined): BaselineTrend | null {
  if (!upwork) return null;
  const figures = BASELINE_ROWS[upwork];
  if (!figures) return null;
  return {
    upwork,
    before: { period: BASELINE_PERIODS.before.label, source: BASELINE_PERIODS.before.source },
    after: { period: BASELINE_PERIODS.after.label, source: BASELINE_PERIODS.after.source },
    figures,
    notes: DEMAND_NOTES[upwork],
  };
}
