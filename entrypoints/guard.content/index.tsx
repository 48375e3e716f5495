import { defineContentScript } from '#imports';
import { GuardStatus } from '@/components/guard-status';
import { domReady } from '@/lib/content/dom-ready';
import { mountIsland } from '@/lib/content/mount-island';

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
  // document_start so that later listeners run before the page's own (toolchain notes, P9).
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      await domReady();
      await mountIsland(ctx, 'staff-social-guard', <GuardStatus active />);
    } catch (error) {
      // Never break the page we run on; the guard simply does not show.
      console.error('[Staff Social Guard] could not mount its status badge', error);
    }
  },
});
