// The pill's styles, the only CSS the page carries (the panel's comes with the panel). They
// live in one <style> in the page's document (page-style.ts) and reach into each badge through
// its parts (`::part()`), so a badge's shadow root holds no style sheet of its own: a shadow
// root with a sheet gets a style scope of its own, about 1.6 KB a badge in Chromium (a heap
// snapshot of 300 Fiverr badges: rule-set groups 1,224 B, scoped resolver and sheet collection
// 376 B each). The page's CSS still cannot reach inside: it does not know our part names.
// The host has a fixed size and containment while closed, so a badge appearing or changing
// its words never re-lays out the tile around it; only the fit word ("fit 4/6", when the user
// has a profile) widens it, once, as the first pill with a fit arrives. The band's dot is a
// background, not a ::before box: one layout object less. Parts: `b` each pill-shaped part (the
// pill's button and the verdict's run inside it), then its kind and colour (`pill r-high`,
// `verdict v-skip`), `rtl` for Urdu words; `star` and `fit` beside it.
const HOST = 'giglens-badge[site]';
const PART = (names: string) => `${HOST}::part(${names})`;
const dark = (rules: string) => `@media (prefers-color-scheme: dark) { ${rules} }`;
const DOT = (at: string) => `radial-gradient(circle at ${at} 50%, var(--fg) 0 4px, transparent 4.5px)`;

export const PILL_CSS = `
${HOST} { all: initial; display: inline-block; vertical-align: middle; margin: 4px 0; height: 22px;
  width: 13.5em; contain: size layout style paint; white-space: nowrap;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
${HOST}[site="upwork"] { width: 27em; }
${HOST}[fit]:not([open]) { padding-inline-end: 7.5em; }
${HOST}[open] { contain: style; overflow: visible; height: auto; width: auto; display: block; white-space: normal; }
${PART('b')} { box-sizing: border-box; font: inherit; font-weight: 600; cursor: pointer; border-radius: 999px;
  padding: 1px 9px; border: 1px solid var(--edge); background: var(--bg); color: var(--fg); max-width: 26em;
  vertical-align: middle; }
${PART('b')}:focus-visible, ${PART('star')}:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
${PART('pill')} { padding-inline-start: 23px; background: ${DOT('13px')} var(--bg); }
${PART('pill rtl')} { background-image: ${DOT('calc(100% - 13px)')}; }
${PART('verdict')} { padding: 0 7px; }
${PART('verdict')}, ${PART('star')}, ${PART('fit')} { margin-inline-start: 6px; }
${PART('star')} { font: inherit; cursor: pointer; border: 0; background: transparent; color: #8c6d00; padding: 0 4px;
  vertical-align: middle; }
${PART('v-worth-it')}, ${PART('r-very-low')} { --bg: #dafbe1; --fg: #116329; --edge: #4ac26b; }
${PART('r-low')} { --bg: #ddf4ff; --fg: #0a3069; --edge: #54aeff; }
${PART('v-think-twice')}, ${PART('r-medium')} { --bg: #fff8c5; --fg: #6b4f00; --edge: #d4a72c; }
${PART('r-high')} { --bg: #fff1e5; --fg: #8a3100; --edge: #fb8f44; }
${PART('v-skip')}, ${PART('r-very-high')} { --bg: #ffebe9; --fg: #82071e; --edge: #ff8182; }
${PART('r-unknown')}, ${PART('r-wait')} { --bg: #f6f8fa; --fg: #57606a; --edge: #d0d7de; }
${dark(`${HOST} { color: #e6edf3; }
  ${PART('v-worth-it')}, ${PART('r-very-low')} { --bg: #0f2d1a; --fg: #7ee2a0; --edge: #2ea043; }
  ${PART('r-low')} { --bg: #0c2d4a; --fg: #9cd1ff; --edge: #388bfd; }
  ${PART('v-think-twice')}, ${PART('r-medium')} { --bg: #332b00; --fg: #f2cc60; --edge: #bb8009; }
  ${PART('r-high')} { --bg: #3d1e00; --fg: #ffb77c; --edge: #db6d28; }
  ${PART('v-skip')}, ${PART('r-very-high')} { --bg: #42060f; --fg: #ffa198; --edge: #f85149; }
  ${PART('r-unknown')}, ${PART('r-wait')} { --bg: #21262d; --fg: #9da7b3; --edge: #30363d; }`)}
`;
