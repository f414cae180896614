// The sites' own stylesheets are not saved with the pages (and could not load offline), so
// for the store screenshots a plain stand-in lays the real listings out as cards, in the
// page's colour scheme. GigLens's badges and panel keep their own styles (shadow root).
export const STAND_IN_CSS = `
  :root { color-scheme: light dark; }
  body { margin: 0 auto !important; max-width: 980px; padding: 8px 24px !important; background: #f3f6f3 !important;
    color: #1f2328 !important; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif !important; }
  header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"] { display: none !important; }
  svg, img { width: 14px !important; height: 14px !important; }
  a { color: #14532d !important; }
  h2, h3, h4 { font-size: 18px !important; margin: 4px 0 !important; }
  button:not([class]) { display: none !important; }
  [data-giglens-id] { display: block; background: #fff; border: 1px solid #d0d7de; border-radius: 12px;
    padding: 14px 20px !important; margin: 12px 0 !important; list-style: none; }
  /* Upwork's tiles as the site lays them out: two lines of description, client facts and
     skills on one row each, icon buttons hidden. */
  [data-test~="job-description-text"] { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
  [data-test~="job-feedback"], [data-test~="job-save-button"], [data-ev-label="line_clamp_toggle"] { display: none !important; }
  .sr-only { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .d-inline-block { display: inline-block; } .d-inline-flex, .air3-icon { display: inline-flex; }
  .air3-rating { display: none !important; }
  [data-giglens-id] small { margin-right: 14px; }
  [data-test~="token-container"] { display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 6px 0; }
  [data-test~="token-container"] > * { list-style: none; }
  [data-test~="token-container"] a, [data-test~="token-container"] span { border-radius: 999px; padding: 2px 10px;
    background: #e9efe9; color: #1f2328 !important; text-decoration: none; font-size: 13px; }
  @media (prefers-color-scheme: dark) {
    [data-test~="token-container"] a, [data-test~="token-container"] span { background: #21262d; color: #e6edf3 !important; }
    body { background: #0d1117 !important; color: #e6edf3 !important; }
    a { color: #7ee2a8 !important; }
    [data-giglens-id] { background: #161b22; border-color: #30363d; }
  }
`;
