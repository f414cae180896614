// Where the plan's data comes from (lib/insights/pivot-source.ts, being written on main).
// Placeholder until it lands: replaced by a re-export on merge.
import type { Profile } from '@/lib/fit/profile-schema';
import type { PivotPlan } from '@/lib/fit/pivot-plan';
import type { StartingProfile } from '@/lib/fit/starting-profile';
import type { StoredListing } from '@/lib/db/schema';

const pending = () => new Error('pivot-source pending');
export const loadOwnPlan = (_profile: Profile, _now?: number): Promise<PivotPlan> => Promise.reject(pending());
export const datasetPlan = (_rows: Iterable<StoredListing>, _profile: Profile, _now?: number): PivotPlan => {
  throw pending();
};
export const loadStartingProfile = (): Promise<StartingProfile> => Promise.reject(pending());
