// The pivot plan: for each of the user's categories, its risk, trend and how much of it they
// fit; for each category the evidence says its demand moves to (lib/rules/moves.ts, with the
// figure and sources), how reachable it is: the average fit of its listings, the common skills
// the user has, and the skills that appear in most of its listings. Pure, over the skill
// aggregates of whatever weeks and origin the caller picked (the user's own history, or an
// imported class dataset with a profile a coach typed in), so it is the same for both.
import type { Move } from '../model/label';
import { movesFrom } from '../rules/moves';
import type { LocalTrend } from '../trends/trend-label';
import { reachOf, totalsByCategory, type Reach } from './category-reach';
import { outlookOf, type CategoryOutlook } from './category-outlook';
import { compileProfile } from './fit';
import type { Profile } from './profile-schema';
import type { SkillWeek } from './skill-aggregate';

export interface PlanInput {
  profile: Pick<Profile, 'skills' | 'categories'>;
  records: Iterable<SkillWeek>;
  /** The user's own pay trend per category id, where the caller has enough history. */
  localTrends?: ReadonlyMap<string, LocalTrend>;
}

export interface MyCategoryPlan extends CategoryOutlook {
  reach: Reach;
  /** Where the evidence says its demand moves, nearest first. */
  movesTo: string[];
}

export interface TargetPlan extends CategoryOutlook {
  reach: Reach;
  /** The growth figure and its sources (evidence.md bibliography numbers). */
  move: Move;
  /** The user's categories whose demand moves here. */
  from: string[];
  /** 0 when it is the nearest move of one of them, 1 the next, … */
  nearest: number;
}

export interface PivotPlan {
  /** Distinct skills in the profile: with none, every fit is 0 and the UI asks for skills. */
  profileSkills: number;
  mine: MyCategoryPlan[];
  /** Reachable first: enough listings, then the higher average fit, the more listings,
   *  the nearer move, the id. Categories with too few listings follow, most listings first. */
  targets: TargetPlan[];
  /** Profile categories the taxonomy does not know (left out above). */
  unknownCategories: string[];
}

const fitOf = (r: Reach) => (r.status === 'ok' ? r.fit : -1);

function byReach(a: TargetPlan, b: TargetPlan): number {
  const okA = a.reach.status === 'ok' ? 0 : 1;
  const okB = b.reach.status === 'ok' ? 0 : 1;
  return okA - okB || fitOf(b.reach) - fitOf(a.reach) || b.reach.listings - a.reach.listings || a.nearest - b.nearest || a.categoryId.localeCompare(b.categoryId);
}

export function pivotPlan({ profile, records, localTrends }: PlanInput): PivotPlan {
  const compiled = compileProfile(profile);
  const totals = totalsByCategory(records);
  const reach = (id: string) => reachOf(totals.get(id), compiled);
  const own = [...new Set(profile.categories)];
  const mine: MyCategoryPlan[] = [];
  const unknownCategories: string[] = [];
  const targets = new Map<string, TargetPlan>();
  for (const id of own) {
    const outlook = outlookOf(id, localTrends?.get(id) ?? null);
    if (!outlook) {
      unknownCategories.push(id);
      continue;
    }
    const moves = movesFrom(id);
    mine.push({ ...outlook, reach: reach(id), movesTo: moves.map((m) => m.categoryId) });
    moves.forEach((move, nearest) => {
      if (own.includes(move.categoryId)) return;
      const known = targets.get(move.categoryId);
      if (known) {
        known.from.push(id);
        known.nearest = Math.min(known.nearest, nearest);
        return;
      }
      const target = outlookOf(move.categoryId, localTrends?.get(move.categoryId) ?? null);
      if (target) targets.set(move.categoryId, { ...target, reach: reach(move.categoryId), move, from: [id], nearest });
    });
  }
  return { profileSkills: compiled.keys.size, mine, targets: [...targets.values()].sort(byReach), unknownCategories };
}
