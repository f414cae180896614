// Styles of the Connects section inside the badge's shadow root; the badge appends them to
// its own (components/badge/badge-css.ts), so the page's CSS cannot reach them.
export const CONNECTS_CSS = `
.gl-connects { margin-top: 8px; padding-top: 6px; border-top: 1px solid #d0d7de; }
.gl-connects h5 { margin: 6px 0 2px; font-size: 12px; }
.gl-connects p { margin: 2px 0; }
.gl-verdict { padding: 1px 8px; border-radius: 999px; border: 1px solid; }
.gl-worth-it { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.gl-think-twice { background: #fff8c5; color: #6b4f00; border-color: #d4a72c; }
.gl-skip { background: #ffebe9; color: #82071e; border-color: #ff8182; }
.gl-outcome { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.gl-outcome button { font: inherit; padding: 1px 8px; border-radius: 6px; border: 1px solid #d0d7de;
  background: #f6f8fa; color: inherit; cursor: pointer; }
.gl-outcome button[aria-pressed="true"] { background: #0969da; color: #fff; border-color: #0969da; }
.gl-outcome input { width: 4em; font: inherit; }
.gl-formula summary { cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .gl-connects { border-top-color: #30363d; }
  .gl-worth-it { background: #0f2d1a; color: #7ee2a0; border-color: #2ea043; }
  .gl-think-twice { background: #332b00; color: #f2cc60; border-color: #bb8009; }
  .gl-skip { background: #42060f; color: #ffa198; border-color: #f85149; }
  .gl-outcome button { background: #21262d; border-color: #30363d; }
  .gl-outcome button[aria-pressed="true"] { background: #1f6feb; border-color: #1f6feb; }
}
`;
