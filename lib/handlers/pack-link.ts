import { PACK_TEXT_MAX } from '../protocol/pack-schemas.ts';

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

export type FetchOutcome = { kind: 'fetched'; text: string } | { kind: 'failed'; reason: string };

/**
 * Fetches the pack. `cache: 'no-cache'` makes the browser revalidate its cached copy with a
 * conditional request (If-None-Match / If-Modified-Since from the server's ETag or Last-Modified),
 * so a server with nothing new answers 304 and does not send the pack again. The browser adds those
 * headers itself, so no CORS preflight is needed; the server only has to allow cross-origin reads
 * (Access-Control-Allow-Origin), as static hosts do for public files. No cookies are sent.
 */
export async function fetchPack(url: string, fetcher: typeof fetch = fetch): Promise<FetchOutcome> {
  try {
    const response = await fetcher(url, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-cache',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok)
      return {
        kind: 'failed',
        reason: `the server answered ${response.status} ${response.statusText}`.trim(),
      };
    const text = await response.text();
    if (text.length > PACK_TEXT_MAX) return { kind: 'failed', reason: 'the file there is larger than 1 MB' };
    return { kind: 'fetched', text };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      kind: 'failed',
      reason: timedOut ? 'the server did not answer in time' : 'the address could not be reached',
    };
  }
}
