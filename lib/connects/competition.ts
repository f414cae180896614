// How crowded a job is: proposals tier, interviews, invites, age and the client's last look.
import type { Listing } from '../model/listing';
import { ADVISOR_MODEL, type CompetitionLevel } from './model';
import { ageDays } from './relative-time';

const H = ADVISOR_MODEL.hire;

export interface Competition {
  proposals: { min: number; max: number | null } | null;
  interviewing: number | null;
  invitesSent: number | null;
  unansweredInvites: number | null;
  ageDays: number | null;
  lastViewedText: string | null;
  /** Proposals (middle of the tier) × rivalShare + interviews × rivalsPerInterview. */
  rivals: number;
  /** True when the page showed no proposals tier and the model's figure stands in. */
  assumed: boolean;
  level: CompetitionLevel;
}

function tierMiddle(p: { min: number; max: number | null }): number {
  if (p.max !== null) return (p.min + p.max) / 2;
  // "50+" is the only open tier Upwork shows; its real middle is unknown.
  return Math.max(p.min, H.openTierMiddle);
}

export function competition(listing: Listing, now: number): Competition {
  const a = listing.activity;
  const interviewing = a?.interviewing ?? null;
  const proposals = listing.proposals;
  const bids = proposals ? tierMiddle(proposals) : H.unknownProposals;
  const rivals = bids * H.rivalShare + (interviewing ?? 0) * H.rivalsPerInterview;
  const level = ADVISOR_MODEL.competition.levels.find((l) => rivals >= l.atLeast)?.level ?? 'low';
  return {
    proposals,
    interviewing,
    invitesSent: a?.invitesSent ?? null,
    unansweredInvites: a?.unansweredInvites ?? null,
    ageDays: ageDays(listing, now),
    lastViewedText: a?.lastViewedText ?? null,
    rivals,
    assumed: proposals === null,
    level,
  };
}
