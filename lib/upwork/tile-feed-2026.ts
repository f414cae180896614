// A tile of the redesigned feed (/nx/s/find-work/…, 2026-06 →). Known hooks: job-tile,
// job-title, p.line-clamp, proposals-tier (vm nx-s.js). No saved page exists, so the other
// fields are read with the search vocabulary, which the redesign's proposals-tier shares.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import { readTileClient } from './client-tile';
import { parsePay, splitDuration } from './pay';
import { feed2026 as sel, search } from './selectors';
import { listingOf, readTileLink, skillsOf } from './tile-common';
import { parseExperience, parseProposals, pick, richText, textOf } from './text';

export function readFeed2026Tile(tile: Element, ctx: ParseContext): ListingInput | null {
  const link = readTileLink(tile, sel.titleLink, ctx);
  if (!link) return null;
  return listingOf(link, {
    description: richText(pick(tile, sel.description)),
    skills: skillsOf(tile, search.skill),
    pay: parsePay(textOf(tile, search.jobType), textOf(tile, search.fixedBudget)),
    experience: parseExperience(textOf(tile, search.experience)),
    ...splitDuration(textOf(tile, search.duration)),
    postedText: textOf(tile, search.posted)?.replace(/^posted\s*/i, '') || null,
    proposals: parseProposals(textOf(tile, sel.proposals)),
    client: readTileClient(tile, search),
  });
}
