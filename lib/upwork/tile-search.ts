// A search-result tile (/nx/search/jobs/, and the 2024 Most Recent list that reuses it),
// 2024-08 → 2026-08, raw or hydrated, logged in or out.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import { readTileClient } from './client-tile';
import { jobKey, upworkUrl } from './job-url';
import { parsePay, splitDuration } from './pay';
import { search as sel } from './selectors';
import { clean, parseExperience, parseProposals, pick, textOf } from './text';

export function readSearchTile(tile: Element, ctx: ParseContext): ListingInput | null {
  const link = pick(tile, sel.titleLink);
  const url = upworkUrl(link?.getAttribute('href'), ctx.url);
  const id = jobKey(url?.pathname);
  const title = clean(link?.textContent);
  if (!url || !id || !title) return null;
  const { duration, workload } = splitDuration(textOf(tile, sel.duration));
  return {
    platform: 'upwork',
    id,
    url: url.href,
    title,
    description: textOf(tile, sel.description),
    skills: [...tile.querySelectorAll(sel.skill)].map((s) => clean(s.textContent)).filter(Boolean),
    pay: parsePay(textOf(tile, sel.jobType), textOf(tile, sel.fixedBudget)),
    experience: parseExperience(textOf(tile, sel.experience)),
    duration,
    workload,
    postedText: textOf(tile, sel.posted)?.replace(/^posted\s*/i, '') || null,
    proposals: parseProposals(textOf(tile, sel.proposals)),
    client: readTileClient(tile, sel),
  };
}
