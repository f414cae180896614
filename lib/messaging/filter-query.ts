// The popup's two questions to a tab's content script about filtering (browser.tabs.sendMessage;
// the background is not involved): how many tiles are faded or folded, and "show all".
// Plain constants and types: the content script carries no validator; the popup validates
// the answer (filter-query-schema.ts).
export const FILTER_STATUS = 'giglens-filter-status';
export const FILTER_SHOW_ALL = 'giglens-filter-show-all';

export interface FilterStatus {
  /** Listing elements GigLens read on this tab (still in the page). */
  total: number;
  faded: number;
  folded: number;
}
