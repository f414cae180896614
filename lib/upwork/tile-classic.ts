// The two classic tile vocabularies read the same way: search results (/nx/search/jobs/,
// 2024-08 → 2026-08, raw or hydrated, logged in or out) and the Find Work feeds (Best Matches,
// Most Recent, My Feed, 2023 → 2026-06). Only their selectors and featured flag differ.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import { readTileClient } from './client-tile';
import { parsePay, splitDuration } from './pay';
import { feed, search } from './selectors';
import { listingOf, readPromoted, readTileLink, skillsOf } from './tile-common';
import { parseExperience, parseProposals, richText, pick, textOf } from './text';

function readClassicTile(
  tile: Element,
  ctx: ParseContext,
  sel: typeof search | typeof feed,
  featuredAttr: string,
): ListingInput | null {
  const link = readTileLink(tile, sel.titleLink, ctx);
  if (!link) return null;
  return listingOf(link, {
    description: richText(pick(tile, sel.description)),
    skills: skillsOf(tile, sel.skill),
    pay: parsePay(textOf(tile, sel.jobType), textOf(tile, sel.fixedBudget)),
    experience: parseExperience(textOf(tile, sel.experience)),
    ...splitDuration(textOf(tile, sel.duration)),
    // Search tiles say "Posted 2 hours ago"; the feed says "2 hours ago".
    postedText: textOf(tile, sel.posted)?.replace(/^posted\s*/i, '') || null,
    proposals: parseProposals(textOf(tile, sel.proposals)),
    client: readTileClient(tile, sel),
    promoted: readPromoted(tile, featuredAttr, sel.premium),
  });
}

export const readSearchTile = (tile: Element, ctx: ParseContext) =>
  readClassicTile(tile, ctx, search, 'data-ev-premium');

export const readFeedTile = (tile: Element, ctx: ParseContext) =>
  readClassicTile(tile, ctx, feed, 'data-ev-featured');
