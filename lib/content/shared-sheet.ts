// One stylesheet for every shadow root that needs it: constructed once and adopted, where the
// browser lets a content script do so; else (older engines, or a sandbox that refuses a
// sheet from the extension's world) a <style> in that root, which works everywhere.
export interface SharedSheet {
  applyTo(root: ShadowRoot): void;
}

export function sharedSheet(css: string): SharedSheet {
  let sheet: CSSStyleSheet | null | undefined;
  const constructed = (): CSSStyleSheet | null => {
    if (sheet !== undefined) return sheet;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    return sheet;
  };
  /** Whether adopting was seen to work once: reading the root's sheets back to check is paid
   *  on the first root only, not on every badge. */
  let adopts = false;
  return {
    applyTo(root) {
      const s = constructed();
      if (s) {
        try {
          const had = root.adoptedStyleSheets;
          root.adoptedStyleSheets = had.length ? [...had, s] : [s];
          if (adopts || (adopts = root.adoptedStyleSheets.includes(s))) return;
        } catch {
          // fall through to a <style>
        }
      }
      const style = document.createElement('style');
      style.textContent = css;
      root.prepend(style);
    },
  };
}
