// The Connects advice for one listing: cost, client quality, competition, history signs and
// the verdict with its reasons. Pure and synchronous, like the rules engine.
import type { Label } from '../model/label';
import type { Listing } from '../model/listing';
import { clientQuality, type ClientQuality } from './client-quality';
import { competition, type Competition } from './competition';
import { contractValue, type ContractValue } from './contract-value';
import { connectsCost, type ConnectsCost } from './cost';
import { estimate, verdictOf, type Estimate } from './estimate';
import { finding, type Finding } from './findings';
import { findGhosts } from './history';
import type { AdvisorInputs } from './inputs';
import { ADVISOR_MODEL, type Verdict } from './model';

export interface Advice {
  verdict: Verdict;
  /** Why, most telling first: caps, then flags and history signs, then the estimate. */
  reasons: Finding[];
  cost: ConnectsCost;
  quality: ClientQuality;
  competition: Competition;
  value: ContractValue;
  estimate: Estimate;
  /** Repost, ghost and away findings (from the history and the page). */
  history: Finding[];
  modelVersion: number;
}

/** History findings from the background win over the page-only ones of the same code. */
function mergeHistory(fromHistory: readonly Finding[], fromPage: readonly Finding[]): Finding[] {
  const codes = new Set(fromHistory.map((f) => f.code));
  return [...fromHistory, ...fromPage.filter((f) => !codes.has(f.code))];
}

export function advise(listing: Listing, label: Label | null, inputs: AdvisorInputs): Advice {
  const quality = clientQuality(listing, inputs.median);
  const comp = competition(listing, inputs.now);
  const value = contractValue(listing, inputs.median);
  const cost = connectsCost(listing, inputs.priceUsd);
  const history = mergeHistory(inputs.history, findGhosts(listing, [], inputs.now));
  const est = estimate(quality.facts, comp, value, cost, label, inputs.own, inputs.fit);
  const signs = [...quality.flags, ...history];
  const { verdict, caps } = verdictOf(est.ratio, signs);
  const reasons = [...caps, ...signs, finding('competition', { level: comp.level, rivals: comp.rivals }), ...est.terms];
  return {
    verdict,
    reasons,
    cost,
    quality,
    competition: comp,
    value,
    estimate: est,
    history,
    modelVersion: ADVISOR_MODEL.version,
  };
}
