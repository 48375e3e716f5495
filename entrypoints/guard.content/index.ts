import { defineContentScript } from '#imports';
import { runGuard } from '@/lib/content/run-guard';

export default defineContentScript({
  matches: [
    '*://*.facebook.com/*',
    '*://*.messenger.com/*',
    '*://*.instagram.com/*',
    '*://x.com/*',
    '*://*.x.com/*',
    '*://twitter.com/*',
    '*://*.twitter.com/*',
  ],
  // document_start, so our window capture listeners are registered before the page's own and can
  // hold a send before the site sees it (shared/notes/sites.md §5 P3; toolchain notes P9).
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      runGuard(ctx, window);
    } catch (error) {
      // Never break the page we run on.
      console.error('[Staff Social Guard] could not start', error);
    }
  },
});
