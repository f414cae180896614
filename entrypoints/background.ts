import '@/lib/setup/zod-jitless';
import { startBackground } from '@/lib/background/start';

export default defineBackground(() => {
  startBackground();
});
