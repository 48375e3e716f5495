import { reportRecordSchema, type ReportRecord } from '../safeguarding/record.ts';

// One try at delivering a record to the setting's webhook, and what came of it, in words.
//
// The webhook server must allow CORS for the extension: the POST carries JSON and an
// Idempotency-Key header, so the browser first sends a preflight (OPTIONS) and the server must
// answer it with Access-Control-Allow-Origin (the extension's chrome-extension:// origin, or *),
// Access-Control-Allow-Methods: POST and Access-Control-Allow-Headers: Content-Type,
// Idempotency-Key, and send Access-Control-Allow-Origin on the POST's answer too. Without that
// the browser reports a network error and the report stays queued, retried with growing waits.
// The server should treat a repeated Idempotency-Key (the record's id) as the same report: a
// report is tried again whenever its answer was not seen, so it may arrive more than once.

/** How long one try waits for an answer. */
export const WEBHOOK_TIMEOUT_MS = 15_000;

export type Outcome =
  | { kind: 'sent' }
  /** A network error, a time-out or a server fault: tried again later. */
  | { kind: 'retry'; reason: string }
  /** Refused (4xx), or not to be sent there at all: no automatic retry. */
  | { kind: 'failed'; reason: string };

const FIX =
  'Ask your manager to correct the report address in the rule pack, or send the report yourself from the popup.';

/**
 * Why a report may not be sent to `url`, or null when it may: https, or plain http only to this
 * computer (localhost, 127.0.0.1), with no user name or password in the address.
 */
export function webhookProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `The rule pack's report address is not a web address. ${FIX}`;
  }
  const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    return `Reports are sent only to a secure (https://) address, and the rule pack's report address is not one. ${FIX}`;
  }
  if (parsed.username || parsed.password) {
    return `The rule pack's report address contains a user name or password, which is not allowed. ${FIX}`;
  }
  return null;
}

/** The POST's body: the record and nothing else, its fields parsed again so no stray field rides along. */
export const webhookBody = (record: ReportRecord): string =>
  JSON.stringify({ record: reportRecordSchema.parse(record) });

/**
 * POSTs the record to `url` with its id as the Idempotency-Key. Redirects are not followed, so
 * the report goes to the rule pack's address or nowhere. 408, 425 and 429 are "try later" answers,
 * so they are retried like a server fault.
 */
export async function postRecord(
  fetcher: typeof fetch,
  url: string,
  record: ReportRecord,
  timeoutMs: number = WEBHOOK_TIMEOUT_MS,
): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id },
      body: webhookBody(record),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      const within = seconds === 1 ? '1 second' : `${seconds} seconds`;
      return { kind: 'retry', reason: `The safeguarding system did not answer within ${within}.` };
    }
    return {
      kind: 'retry',
      reason:
        'The safeguarding system could not be reached (no connection, the connection dropped, or the server does not accept reports from this browser).',
    };
  }
  // The answer itself is not needed; let the connection go.
  void response.body?.cancel().catch(() => undefined);
  const { status } = response;
  const http = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.ok) return { kind: 'sent' };
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
    return {
      kind: 'failed',
      reason: `The safeguarding system tried to send the report on to another address, which is not allowed. ${FIX}`,
    };
  }
  if (status >= 500 || status === 408 || status === 425 || status === 429) {
    return { kind: 'retry', reason: `The safeguarding system had a problem (${http}).` };
  }
  return { kind: 'failed', reason: `The safeguarding system refused the report (${http}). ${FIX}` };
}
