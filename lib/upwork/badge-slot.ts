// Where the badge goes: right after the title heading, outside any line-clamp wrapper
// (the clamp hides overflow, which would cut the badge off).
import type { BadgeSlot } from '../model/site';

const HEADING = 'h1, h2, h3, h4, [data-qa="job-title"], [data-test~="job-title"]';

export function badgeSlotOf(el: Element): BadgeSlot {
  let anchor: Element | null = el.querySelector(HEADING);
  if (!anchor) return { parent: el, before: el.firstChild };
  while (anchor.parentElement && anchor.parentElement !== el && /line-clamp/.test(anchor.parentElement.className)) {
    anchor = anchor.parentElement;
  }
  return { parent: anchor.parentElement ?? el, before: anchor.nextSibling };
}
