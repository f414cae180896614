// A job tile on public pages (/freelance-jobs/…, logged out, 2026-07): the related jobs
// under a job page. No client block and no proposals are shown to visitors.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import { parsePay } from './pay';
import { publicTile as sel } from './selectors';
import { listingOf, readTileLink, skillsOf } from './tile-common';
import { clean, parseExperience, pick, richText, textOf } from './text';

/** "$130" sits in a strong beside the "Fixed-price" label, not inside it. */
function fixedAmount(tile: Element): string | null {
  const label = pick(tile, sel.fixedBudget);
  return clean(label?.parentElement?.querySelector('strong')?.textContent) || null;
}

export function readPublicTile(tile: Element, ctx: ParseContext): ListingInput | null {
  const link = readTileLink(tile, sel.titleLink, ctx);
  if (!link) return null;
  const typeText = textOf(tile, sel.jobType);
  return listingOf(link, {
    description: richText(pick(tile, sel.description)),
    skills: skillsOf(tile, sel.skill, /\s+jobs$/i),
    pay: parsePay(typeText, fixedAmount(tile) ?? textOf(tile, sel.hourlyRate)),
    experience: parseExperience(textOf(tile, sel.experience)),
    duration: textOf(tile, sel.duration),
    workload: textOf(tile, sel.workload),
  });
}
