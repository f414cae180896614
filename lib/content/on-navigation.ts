// Calls back when the page navigates in place (SPA route change). Uses the Navigation API
// where the browser has it (Chromium), else WXT's location watcher (Firefox).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function onNavigation(ctx: ContentScriptContext, callback: () => void): void {
  let last = location.href.split('#')[0];
  const check = () => {
    const now = location.href.split('#')[0];
    if (now === last) return;
    last = now;
    callback();
  };
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav, 'currententrychange', check);
  else ctx.addEventListener(window, 'wxt:locationchange', check);
}
