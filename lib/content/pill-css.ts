// The pill's styles, the only CSS the page carries (the panel's comes with the panel). One
// constructed stylesheet adopted by every badge: parsed once per page, not once per tile.
// The host has a fixed size and containment while closed, so a badge appearing or changing
// its words never re-lays out the tile around it; only the fit word ("fit 4/6", when the user
// has a profile) widens it, once, as the first pill with a fit arrives. Only the host clips
// (its paint containment): an overflow clip on each button, for an ellipsis the words never
// need at these widths, gave every button a paint layer and clip nodes of its own (a heap
// snapshot of 200 Fiverr badges: 1,000 clip nodes → 200, 600 paint layers → 200, about
// 1.3 KB a badge). The band's dot is a background, not a ::before box: one layout object less.
export const PILL_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 4px 0; height: 22px;
  width: 13.5em; contain: size layout style paint; white-space: nowrap;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
:host([site="upwork"]) { width: 27em; }
:host([fit]:not([open])) { padding-inline-end: 7.5em; }
:host([open]) { contain: style; overflow: visible; height: auto; width: auto; display: block; white-space: normal; }
* { box-sizing: border-box; }
button { font: inherit; font-weight: 600; cursor: pointer; border-radius: 999px; padding: 1px 9px;
  border: 1px solid var(--edge); background: var(--bg); color: var(--fg); max-width: 13em;
  vertical-align: middle; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.pill { padding-inline-start: 23px;
  background: radial-gradient(circle at 13px 50%, var(--fg) 0 4px, transparent 4.5px) var(--bg); }
.pill[dir="rtl"] { background-image: radial-gradient(circle at calc(100% - 13px) 50%, var(--fg) 0 4px, transparent 4.5px); }
.verdict, .star, abbr { margin-inline-start: 6px; }
.star { border: 0; background: transparent; color: #8c6d00; padding: 0 4px; }
[hidden] { display: none; }
.v-worth-it { --bg: #dafbe1; --fg: #116329; --edge: #4ac26b; }
.v-think-twice { --bg: #fff8c5; --fg: #6b4f00; --edge: #d4a72c; }
.v-skip { --bg: #ffebe9; --fg: #82071e; --edge: #ff8182; }
.r-very-low { --bg: #dafbe1; --fg: #116329; --edge: #4ac26b; }
.r-low { --bg: #ddf4ff; --fg: #0a3069; --edge: #54aeff; }
.r-medium { --bg: #fff8c5; --fg: #6b4f00; --edge: #d4a72c; }
.r-high { --bg: #fff1e5; --fg: #8a3100; --edge: #fb8f44; }
.r-very-high { --bg: #ffebe9; --fg: #82071e; --edge: #ff8182; }
.r-unknown, .r-wait { --bg: #f6f8fa; --fg: #57606a; --edge: #d0d7de; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6edf3; }
  .v-worth-it, .r-very-low { --bg: #0f2d1a; --fg: #7ee2a0; --edge: #2ea043; }
  .r-low { --bg: #0c2d4a; --fg: #9cd1ff; --edge: #388bfd; }
  .v-think-twice, .r-medium { --bg: #332b00; --fg: #f2cc60; --edge: #bb8009; }
  .r-high { --bg: #3d1e00; --fg: #ffb77c; --edge: #db6d28; }
  .v-skip, .r-very-high { --bg: #42060f; --fg: #ffa198; --edge: #f85149; }
  .r-unknown, .r-wait { --bg: #21262d; --fg: #9da7b3; --edge: #30363d; }
}
`;
