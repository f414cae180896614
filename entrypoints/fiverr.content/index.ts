import { runContentScript } from '@/lib/content/run';
import { fiverrReader } from '@/lib/fiverr/reader';

export default defineContentScript({
  matches: ['https://www.fiverr.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, fiverrReader),
});
