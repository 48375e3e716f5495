import { PACK_TEXT_MAX } from '../protocol/pack-schemas.ts';
import type { Subscription } from './pack-store.ts';

// How long a pack server may take before the check gives up and says so.
const FETCH_TIMEOUT_MS = 15_000;

/** Whether staff (or an admin) may subscribe to this address: https, or http on this computer. */
export function packUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a full web address, starting with https://';
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(parsed.hostname)) return null;
  return 'The address must start with https:// (plain http is allowed only for localhost).';
}

export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'fetched'; text: string; etag: string | null; lastModified: string | null }
  | { kind: 'failed'; reason: string };

/**
 * Fetches the pack with a conditional request (If-None-Match / If-Modified-Since), so a server
 * that has nothing new answers 304 without sending the pack again. No cookies are sent. The pack
 * server must allow cross-origin reads (Access-Control-Allow-Origin), as static hosts do for public
 * files: the extension asks for no permission to read other sites.
 */
export async function fetchPack(
  subscription: Subscription,
  fetcher: typeof fetch = fetch,
): Promise<FetchOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (subscription.etag) headers['If-None-Match'] = subscription.etag;
  if (subscription.lastModified) headers['If-Modified-Since'] = subscription.lastModified;
  try {
    const response = await fetcher(subscription.url, {
      headers,
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (response.status === 304) return { kind: 'unchanged' };
    if (!response.ok)
      return {
        kind: 'failed',
        reason: `the server answered ${response.status} ${response.statusText}`.trim(),
      };
    const text = await response.text();
    if (text.length > PACK_TEXT_MAX) return { kind: 'failed', reason: 'the file there is larger than 1 MB' };
    return {
      kind: 'fetched',
      text,
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
    };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      kind: 'failed',
      reason: timedOut ? 'the server did not answer in time' : 'the address could not be reached',
    };
  }
}
