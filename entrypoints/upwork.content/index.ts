import { runContentScript } from '@/lib/content/run';
import { upwork } from '@/lib/upwork/adapter';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, upwork),
});
