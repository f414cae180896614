// Job details: the full job page (/jobs/~…) and the side panel over feeds and search
// (…/details/~…), 2024-08 → 2026-04 (Nuxt 3). The job itself is one listing; its key
// comes from the page URL, or from the job link the panel offers to copy.
import type { ListingInput } from '../model/listing';
import type { ParseContext } from '../model/site';
import { readDetailsClient } from './details-client';
import { readFeatures } from './details-features';
import { jobKey, jobPageUrl } from './job-url';
import { details as sel } from './selectors';
import { clean, parseCount, parseProposals, pick, pickAll, richText, textOf } from './text';

type Activity = NonNullable<ListingInput['activity']>;

/** "Activity on this job": title/value pairs, worded the same 2024 → 2026. */
function readActivity(root: Element): { proposals: ListingInput['proposals']; activity: Activity | null } {
  const activity: Activity = {};
  let proposals: ListingInput['proposals'] = null;
  let any = false;
  for (const li of root.querySelectorAll(sel.activityItem)) {
    // The title holds a help popover too; its first text is the label.
    const title = clean(li.querySelector(sel.activityTitle)?.firstChild?.textContent ?? '').toLowerCase();
    const value = clean(li.querySelector(sel.activityValue)?.textContent);
    any = true;
    if (title.startsWith('proposals')) proposals = parseProposals(value);
    else if (title.startsWith('last viewed')) activity.lastViewedText = value || null;
    else if (title.startsWith('interviewing')) activity.interviewing = parseCount(value);
    else if (title.startsWith('invites sent')) activity.invitesSent = parseCount(value);
    else if (title.startsWith('unanswered')) activity.unansweredInvites = parseCount(value);
    else if (title.startsWith('hires')) activity.hires = parseCount(value);
  }
  return { proposals, activity: any ? activity : null };
}

/** "Required Connects to submit a proposal: 22" (≤2025) / "Send a proposal for: 20 Connects"
 *  (2026). "Available Connects: 246" is the user's balance, not the price. */
function readConnects(root: Element): number | null {
  const text = clean(pick(root, sel.sidebar)?.textContent);
  const m = /required connects[^:]*:\s*(\d+)/i.exec(text) ?? /send a proposal for:?\s*(\d+)\s*connects/i.exec(text);
  return m ? parseCount(m[1]) : null;
}

function keyOf(root: Element, ctx: ParseContext): string | null {
  return jobKey(ctx.url.pathname) ?? jobKey(root.querySelector('input[aria-label="Job link"]')?.getAttribute('value'));
}

export function readJobDetails(root: Element, ctx: ParseContext): ListingInput | null {
  const id = keyOf(root, ctx);
  const title = textOf(root, sel.title);
  if (!id || !title) return null;
  const client = pick(root, sel.client);
  const skills = pickAll(root, sel.skill).map((a) => clean(a.textContent)).filter(Boolean);
  return {
    platform: 'upwork',
    id,
    url: jobPageUrl(id),
    title,
    description: richText(pick(root, sel.description)),
    skills: [...new Set(skills)],
    ...readFeatures(root, client),
    postedText: textOf(root, sel.posted)?.replace(/^posted\s*/i, '') || null,
    ...readActivity(root),
    connects: readConnects(root),
    client: readDetailsClient(root),
  };
}
