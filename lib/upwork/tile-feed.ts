// A Find Work feed tile (Best Matches, Most Recent, My Feed), feed vocabulary 2023 → 2026-06.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import { readTileClient } from './client-tile';
import { parsePay, splitDuration } from './pay';
import { feed as sel } from './selectors';
import { listingOf, readPromoted, readTileLink, skillsOf } from './tile-common';
import { parseExperience, parseProposals, richText, pick, textOf } from './text';

export function readFeedTile(tile: Element, ctx: ParseContext): ListingInput | null {
  const link = readTileLink(tile, sel.titleLink, ctx);
  if (!link) return null;
  return listingOf(link, {
    description: richText(pick(tile, sel.description)),
    skills: skillsOf(tile, sel.skill),
    pay: parsePay(textOf(tile, sel.jobType), textOf(tile, sel.fixedBudget)),
    experience: parseExperience(textOf(tile, sel.experience)),
    ...splitDuration(textOf(tile, sel.duration)),
    postedText: textOf(tile, sel.posted),
    proposals: parseProposals(textOf(tile, sel.proposals)),
    client: readTileClient(tile, sel),
    promoted: readPromoted(tile, 'data-ev-featured', sel.premium),
  });
}
