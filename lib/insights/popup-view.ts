// What the popup shows, worked out from what loadPopupData read (lib/insights/own-history.ts):
// the week at a glance, best bets and the best value per Connect. Pure; bounded by this week's
// listings and the sparkline weeks' aggregates.
import type { StoredListing } from '../db/schema';
import type { Fit } from '../fit/fit';
import { bestBets, type BestBet } from './best-bets';
import { bestConnectsValue, type ConnectsBet } from './connects-value';
import { weekAtGlance, type WeekGlance } from './glance';
import type { PopupData } from './own-history';
import { peersFromHistograms } from './pay-peers';
import { categoryMediansFrom, filteredPerWeekFrom, newPerWeekFrom, payHistograms } from './weekly-figures';

export interface PopupView {
  glance: WeekGlance;
  bets: BestBet[];
  connects: ConnectsBet[];
}

/** `fit`: each job's fit to the user's profile, so the ranking's verdicts are the pills'. */
export function popupView(
  data: PopupData,
  now: number,
  connectsPriceUsd: number,
  fit?: (listing: StoredListing) => Fit | null,
): PopupView {
  const glance = weekAtGlance(data.thisWeek, now, 5, data.weeks.length, newPerWeekFrom(data.weekly), filteredPerWeekFrom(data.weekly));
  const histograms = payHistograms(data.weekly);
  return {
    glance,
    bets: bestBets(data.thisWeek, peersFromHistograms(histograms)),
    connects: bestConnectsValue(data.thisWeek, categoryMediansFrom(histograms), { priceUsd: connectsPriceUsd, now, fit }),
  };
}
