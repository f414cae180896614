// The popup's questions to this tab about filtering: how many tiles are faded or folded of
// how many read, and "show all on this tab". Answered at once from the page's own state.
import type { Item } from './annotate';
import { filteredCount, showAll } from './filter';

import { FILTER_SHOW_ALL, FILTER_STATUS, type FilterStatus } from '../messaging/filter-query';

export function filterStatus(shown: ReadonlySet<Item>): FilterStatus {
  const elements = new Set<Element>();
  for (const item of shown) if (item.element.isConnected) elements.add(item.element);
  return { total: elements.size, ...filteredCount(elements) };
}

/** The answer to a popup's message, or null when the message is not one of ours. */
export function answerFilterQuery(message: unknown, shown: ReadonlySet<Item>): FilterStatus | null {
  const type = (message as { type?: unknown } | null)?.type;
  if (type === FILTER_SHOW_ALL) showAll([...shown].map((i) => i.element));
  else if (type !== FILTER_STATUS) return null;
  return filterStatus(shown);
}

export function answerFilterQueries(shown: ReadonlySet<Item>): () => void {
  // Answered synchronously through `reply`, which both browsers support in content scripts.
  const listener = (message: unknown, _sender: unknown, reply: (answer: FilterStatus) => void) => {
    const answer = answerFilterQuery(message, shown);
    if (answer) reply(answer);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
