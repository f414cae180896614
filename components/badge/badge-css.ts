// Styles live inside each badge's shadow root: the page's CSS cannot reach them and they
// cannot leak into the page.
import { CONNECTS_CSS } from '../connects/connects-css';

export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 4px 0;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
* { box-sizing: border-box; }
.pill { display: inline-flex; align-items: center; gap: 6px; border: 1px solid transparent;
  border-radius: 999px; padding: 2px 10px; cursor: pointer; font: inherit; font-weight: 600;
  background: var(--bg); color: var(--fg); border-color: var(--edge); }
.pill:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--fg); }
.verdict { margin-left: 6px; border-radius: 999px; padding: 2px 10px; font: inherit; font-weight: 600;
  cursor: pointer; border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; }
.verdict-worth-it { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.verdict-think-twice { background: #fff8c5; color: #6b4f00; border-color: #d4a72c; }
.verdict-skip { background: #ffebe9; color: #82071e; border-color: #ff8182; }
.panel { max-height: 70vh; overflow: auto; }
.panel section + section, .panel section + p { border-top: 1px solid #d0d7de; margin-top: 8px; padding-top: 8px; }
.panel ol.src { margin: 4px 0; padding-left: 22px; }
details summary { cursor: pointer; }
.star { border: 0; background: transparent; cursor: pointer; font-size: 14px; padding: 0 4px; color: #8c6d00; }
.panel { margin-top: 6px; max-width: 440px; padding: 10px 12px; border-radius: 8px;
  background: #fff; border: 1px solid #d0d7de; box-shadow: 0 4px 14px rgba(0,0,0,.12); }
.panel h4 { margin: 0 0 4px; font-size: 12px; }
.panel ul { margin: 4px 0 8px; padding-left: 18px; }
.panel li { margin: 2px 0; }
.muted { color: #57606a; font-size: 11px; }
.src a { color: #0969da; }
.risk-very-low { --bg: #dafbe1; --fg: #116329; --edge: #4ac26b; }
.risk-low { --bg: #ddf4ff; --fg: #0a3069; --edge: #54aeff; }
.risk-medium { --bg: #fff8c5; --fg: #6b4f00; --edge: #d4a72c; }
.risk-high { --bg: #fff1e5; --fg: #8a3100; --edge: #fb8f44; }
.risk-very-high { --bg: #ffebe9; --fg: #82071e; --edge: #ff8182; }
.risk-unknown { --bg: #f6f8fa; --fg: #57606a; --edge: #d0d7de; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6edf3; }
  .panel { background: #161b22; border-color: #30363d; }
  .muted { color: #9da7b3; }
  .src a { color: #58a6ff; }
  .risk-very-low { --bg: #0f2d1a; --fg: #7ee2a0; --edge: #2ea043; }
  .risk-low { --bg: #0c2d4a; --fg: #9cd1ff; --edge: #388bfd; }
  .risk-medium { --bg: #332b00; --fg: #f2cc60; --edge: #bb8009; }
  .risk-high { --bg: #3d1e00; --fg: #ffb77c; --edge: #db6d28; }
  .risk-very-high { --bg: #42060f; --fg: #ffa198; --edge: #f85149; }
  .risk-unknown { --bg: #21262d; --fg: #9da7b3; --edge: #30363d; }
}

` + CONNECTS_CSS;
