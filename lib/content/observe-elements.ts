// Calls back with every element matching a selector: those present now and those the page
// adds later (feed batches, "Load more", infinite scroll, side panels). Observes, never polls;
// stops when the signal aborts. `initial` says the elements were there when observing began.
export function observeElements(
  root: ParentNode & Node,
  selector: string,
  onElements: (elements: Element[], initial: boolean) => void,
  signal: AbortSignal,
  /** A tag-name prefix never worth matching (GigLens's own elements: `giglens-`). */
  skipPrefix = '\0',
): void {
  if (signal.aborted) return;
  const initial = [...root.querySelectorAll(selector)];
  if (initial.length > 0) onElements(initial, true);

  const observer = new MutationObserver((records) => {
    const found = new Set<Element>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (element.localName.startsWith(skipPrefix)) continue;
        if (element.matches(selector)) found.add(element);
        // Only elements with children can hold listings; skip text-only additions cheaply.
        if (element.firstElementChild) {
          for (const inner of element.querySelectorAll(selector)) found.add(inner);
        }
      }
    }
    if (found.size > 0) onElements([...found], false);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
