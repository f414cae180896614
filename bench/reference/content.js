// The reference annotator: what any in-page annotator pays at the least. It finds each tile of
// a bench page, reads its title and inserts a fixed-size static pill, nothing else; the bench
// measures GigLens against it on the same page in the same run (bench/chromium/reference.ts).
(() => {
  const container = document.querySelector('[data-giglens-bench]');
  if (!container || !location.search.includes('giglens-bench=1')) return;
  const annotate = (tile) => {
    if (tile.nodeType !== 1 || tile.hasAttribute('data-giglens-ref')) return;
    const title = tile.querySelector('h2, h3, h4, a');
    const pill = document.createElement('span');
    pill.textContent = `AI risk · ${(title?.textContent ?? '').trim().length % 100}`;
    pill.style.cssText = 'display:inline-block;width:110px;height:20px;overflow:hidden;font:12px/20px sans-serif;border-radius:10px;background:#eee;color:#333';
    (title?.parentElement ?? tile).insertBefore(pill, title ? title.nextSibling : tile.firstChild);
    tile.setAttribute('data-giglens-ref', '');
  };
  for (const tile of container.children) annotate(tile);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) annotate(node);
  }).observe(container, { childList: true });
})();
