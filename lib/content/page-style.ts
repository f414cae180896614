// A <style> of ours in the page's document, for rules that must reach elements of ours from
// outside their shadow roots (filtered tiles; the badges' parts). One element per style sheet,
// put back if the page's own code removed it (a framework that rewrites <head>).
export function pageStyle(css: string): () => void {
  let style: HTMLStyleElement | null = null;
  return () => {
    if (style?.isConnected) return;
    style = document.createElement('style');
    style.setAttribute('data-giglens', '');
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
  };
}
