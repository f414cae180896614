import { runContentScript } from '@/lib/content/run';
import { fiverr } from '@/lib/fiverr/adapter';

export default defineContentScript({
  matches: ['https://www.fiverr.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, fiverr),
});
