// Where the badge goes: right after the title heading, outside any line-clamp wrapper
// (the clamp hides overflow, which would cut the badge off). The title is found with the
// reader's own selectors: a generic "first heading" would land in "Featured" popovers.
import type { BadgeSlot } from '../model/site';
import { readerFor } from './readers';
import { pick } from './text';

export function badgeSlotOf(el: Element): BadgeSlot {
  const title = pick(el, readerFor(el)?.title ?? []);
  let anchor: Element | null = title?.closest('h1, h2, h3, h4, h5') ?? title;
  if (!anchor || !el.contains(anchor) || anchor === el) return { parent: el, before: el.firstChild };
  while (anchor.parentElement && anchor.parentElement !== el && /line-clamp/.test(String(anchor.parentElement.className))) {
    anchor = anchor.parentElement;
  }
  return { parent: anchor.parentElement ?? el, before: anchor.nextSibling };
}
