// The panel's styles, sent with the panel (the page carries only the pill's): adopted by the
// badge's shadow root when the panel first opens, so the page's CSS cannot reach them. The
// pill's own rules reach only its parts (pill-css.ts), so the panel sets its controls' basics.
export const PANEL_CSS = `
* { box-sizing: border-box; }
button { font: inherit; font-weight: 600; cursor: pointer; vertical-align: middle; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.panel { margin-top: 6px; max-width: 440px; max-height: 70vh; overflow: auto; padding: 10px 12px;
  border-radius: 8px; background: #fff; border: 1px solid #d0d7de; box-shadow: 0 4px 14px rgba(0,0,0,.12);
  white-space: normal; }
.panel section + section, .panel section + p { border-top: 1px solid #d0d7de; margin-top: 8px; padding-top: 8px; }
.panel h4 { margin: 0 0 4px; font-size: 12px; }
.panel ul { margin: 4px 0 8px; padding-inline-start: 18px; }
.panel ol.src { margin: 4px 0; padding-inline-start: 22px; }
.panel li { margin: 2px 0; }
.panel p { margin: 4px 0; }
details summary { cursor: pointer; }
.muted { color: #57606a; font-size: 11px; }
.panel a { color: #0969da; }
.gl-connects h5 { margin: 6px 0 2px; font-size: 12px; }
.gl-verdict { padding: 1px 8px; border-radius: 999px; border: 1px solid; }
.gl-worth-it { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.gl-think-twice { background: #fff8c5; color: #6b4f00; border-color: #d4a72c; }
.gl-skip { background: #ffebe9; color: #82071e; border-color: #ff8182; }
.gl-outcome { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.gl-outcome button { font: inherit; padding: 1px 8px; border-radius: 6px; border: 1px solid #d0d7de;
  background: #f6f8fa; color: inherit; cursor: pointer; }
.gl-outcome button[aria-pressed="true"] { background: #0969da; color: #fff; border-color: #0969da; }
.gl-outcome input { width: 4em; font: inherit; }
.panel:lang(ur) { line-height: 1.8; font-family: "Noto Nastaliq Urdu", "Noto Naskh Arabic", system-ui, sans-serif; }
@media (prefers-color-scheme: dark) {
  .panel { background: #161b22; border-color: #30363d; }
  .panel section + section, .panel section + p { border-top-color: #30363d; }
  .muted { color: #9da7b3; }
  .panel a { color: #58a6ff; }
  .gl-worth-it { background: #0f2d1a; color: #7ee2a0; border-color: #2ea043; }
  .gl-think-twice { background: #332b00; color: #f2cc60; border-color: #bb8009; }
  .gl-skip { background: #42060f; color: #ffa198; border-color: #f85149; }
  .gl-outcome button { background: #21262d; border-color: #30363d; }
  .gl-outcome button[aria-pressed="true"] { background: #1f6feb; border-color: #1f6feb; }
}
`;
