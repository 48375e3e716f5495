import type { Platform } from '../pack/ids.ts';

// The hosts the content script runs on (entrypoints/guard.content matches the same list), and the
// platform each belongs to. messenger.com is Facebook's Messenger; twitter.com is X.
const HOSTS: readonly [RegExp, Platform][] = [
  [/(^|\.)facebook\.com$/, 'facebook'],
  [/(^|\.)messenger\.com$/, 'facebook'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)x\.com$/, 'x'],
  [/(^|\.)twitter\.com$/, 'x'],
];

/** The platform a page belongs to, or undefined for any other site (or a non-https page). */
export function platformOfUrl(url: URL): Platform | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return HOSTS.find(([host]) => host.test(url.hostname))?.[1];
}

export const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
};

/** Whether our content script runs on this page. */
export const isGuardedUrl = (url: URL): boolean => platformOfUrl(url) !== undefined;
