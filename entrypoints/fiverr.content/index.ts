import { runContentScript } from '@/lib/content/run';
import { fiverrReader } from '@/lib/fiverr/reader';

export default defineContentScript({
  matches: ['https://www.fiverr.com/*'],
  runAt: 'document_idle',
  // WXT's old "script started" window.postMessage runs the page's own message listeners and
  // costs about 3.5 ms of source-position collection at start; its custom event is enough.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, fiverrReader),
});
