// The expected-value estimate: P(hire) × likely contract value ÷ Connects cost, and the
// verdict it gives. Every term is kept as a coded finding so the panel shows the formula
// with the actual numbers.
import type { Fit } from '../fit/fit';
import type { Label } from '../model/label';
import { finding, type Finding } from './findings';
import type { ClientFacts } from './client-facts';
import type { Competition } from './competition';
import type { ContractValue } from './contract-value';
import type { ConnectsCost } from './cost';
import type { OwnRecord } from './inputs';
import { ADVISOR_MODEL, type Verdict } from './model';

const H = ADVISOR_MODEL.hire;
const RANK: Record<Verdict, number> = { skip: 0, 'think-twice': 1, 'worth-it': 2 };

export interface Estimate {
  pClient: number;
  pWin: number;
  /** 1 when the fit is unknown. */
  fitFactor: number;
  riskFactor: number;
  pHire: number;
  evUsd: number;
  ratio: number;
  /** The formula's terms with their values, in the order they multiply. */
  terms: Finding[];
}

/** The client's hire rate, shrunk toward the prior by how few jobs it rests on. */
function clientHireChance(facts: ClientFacts): Finding & { code: 'p-client' } {
  const rate = facts.hireRate;
  let p: number = H.clientPrior;
  if (rate !== null) {
    const jobs = facts.jobsPosted ?? H.clientPriorWeight;
    p = ((rate / 100) * jobs + H.clientPrior * H.clientPriorWeight) / (jobs + H.clientPriorWeight);
  }
  if (facts.paymentVerified === false) p *= H.unverifiedFactor;
  return { code: 'p-client', args: { p, rate, jobs: facts.jobsPosted } };
}

function winChance(rivals: number, own: OwnRecord | null): Finding & { code: 'p-win' | 'own-rate' } {
  const model = 1 / (1 + rivals);
  if (!own || own.resolved < H.ownRateMinOutcomes) return { code: 'p-win', args: { p: model, rivals } };
  const p = (own.hires + model * H.ownRateWeight) / (own.resolved + H.ownRateWeight);
  return { code: 'own-rate', args: { p, hires: own.hires, resolved: own.resolved, category: own.category } };
}

/** A poor fit lowers the chance of winning, linearly from the floor (no skill in common) to 1
 *  (at `fullAtShare` of the listing's skills); monotone in the share, 1 when unknown. */
export function fitFactor(fit: Fit | null): number {
  if (!fit) return 1;
  const { floor, fullAtShare } = H.fit;
  return floor + (1 - floor) * Math.min(1, fit.share / fullAtShare);
}

export function estimate(
  facts: ClientFacts,
  comp: Competition,
  value: ContractValue,
  cost: ConnectsCost,
  label: Label | null,
  own: OwnRecord | null,
  fit: Fit | null,
): Estimate {
  const client = clientHireChance(facts);
  const win = winChance(comp.rivals, own);
  const level = label?.risk?.level ?? null;
  const riskFactor = level ? H.riskFactor[level] : 1;
  const fitF = fitFactor(fit);
  // Unknown fit multiplies by exactly 1, last: the numbers stay what they were without a profile.
  const pHire = client.args.p * win.args.p * riskFactor * fitF;
  const evUsd = pHire * value.usd;
  const ratio = evUsd / Math.max(cost.usd, 0.01);
  const terms: Finding[] = [client, win];
  if (fit) terms.push(finding('fit-factor', { factor: fitF, have: fit.have.length, total: fit.total }));
  if (level) terms.push(finding('risk-factor', { level, factor: riskFactor }));
  terms.push(
    finding('value', { ...value }),
    finding('cost', { connects: cost.connects, usd: cost.usd, assumed: cost.assumed }),
    finding('ev', { ratio, evUsd }),
  );
  return { pClient: client.args.p, pWin: win.args.p, fitFactor: fitF, riskFactor, pHire, evUsd, ratio, terms };
}

/** The verdict by the ratio, lowered to the cap of every finding that has a lower one;
 *  each such finding is reported as a `capped` reason. */
export function verdictOf(ratio: number, findings: readonly Finding[]): { verdict: Verdict; caps: Finding[] } {
  const V = ADVISOR_MODEL.verdict;
  const byRatio: Verdict = ratio >= V.worthItAtLeast ? 'worth-it' : ratio >= V.thinkTwiceAtLeast ? 'think-twice' : 'skip';
  let verdict = byRatio;
  const caps: Finding[] = [];
  for (const code of new Set(findings.map((f) => f.code))) {
    const cap = V.caps[code];
    if (!cap || RANK[cap] >= RANK[byRatio]) continue;
    caps.push(finding('capped', { by: code, verdict: cap }));
    if (RANK[cap] < RANK[verdict]) verdict = cap;
  }
  return { verdict, caps };
}
