import { runContentScript } from '@/lib/content/run';
import { upworkReader } from '@/lib/upwork/reader';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, upworkReader),
});
