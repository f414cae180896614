// The badge goes right after the title heading, outside any line-clamp box (which hides
// overflow), on every kind of listing element.
import { expect, test } from 'vitest';
import { upwork } from '@/lib/upwork/adapter';
import { loadPage } from '../../fixtures';

test.each([
  ['upwork-search-2024-09-logged-in-snippet.html', 'search', 'job-tile-title'],
  ['upwork-search-2026-02-logged-in-raw.html', 'search', 'job-tile-title'],
  ['upwork-feed-best-matches-2025-snippet.html', 'feed', 'job-tile-title'],
  ['upwork-public-job-2026-07.html', 'public-job', 'h5'],
  ['upwork-job-2024-08-hourly.html', 'job', 'align-items-center'],
])('%s (%s)', (file, kind, headingClass) => {
  const doc = loadPage(file);
  const elements = [...doc.querySelectorAll(upwork.listingSelector(kind)!)];
  expect(elements.length).toBeGreaterThan(0);
  for (const el of elements) {
    const { parent, before } = upwork.badgeSlot(el);
    expect(el.contains(parent)).toBe(true);
    if (before) expect(before.parentNode).toBe(parent);
    const marker = doc.createElement('giglens-badge');
    parent.insertBefore(marker, before);
    // Right after the heading, or after the line-clamp box that wraps it.
    const previous = marker.previousElementSibling!;
    const heading = previous.matches('h2, h3, h4') ? previous : previous.querySelector('h2, h3, h4');
    expect(heading?.classList.contains(headingClass)).toBe(true);
    expect(marker.closest('.air3-line-clamp')).toBeNull();
  }
});

test('an element without a heading gets the badge first', () => {
  const el = document.createElement('article');
  el.append(document.createElement('p'));
  expect(upwork.badgeSlot(el)).toEqual({ parent: el, before: el.firstChild });
});
