import { browser } from '#imports';
import { startPhotoHost } from '@/lib/photo-host/host';

// The photo host: the offscreen document in Chrome and Edge, a frame of the background page in
// Firefox, or a tab that `npm run check-photos` opens. It has no UI; it checks photos it is sent.
startPhotoHost(browser.runtime);
