import { describe, expect, it } from 'vitest';
import { makeRecord } from '../safeguarding/make-record.ts';
import { reportRecordSchema } from '../safeguarding/record.ts';
import {
  HOOK,
  NOW,
  fakeFetch,
  hang,
  networkError,
  reportInput,
  reportPack,
  status,
} from './report-test-data.ts';
import { postRecord, webhookBody, webhookProblem } from './report-webhook.ts';

const record = () => makeRecord(reportInput(), reportPack(), 'c0ffee00-0000-4000-8000-000000000001', NOW);

describe('webhookProblem', () => {
  it.each([
    'https://reports.oakfield.example/hook',
    'https://reports.oakfield.example:8443/hook?setting=oakfield',
    'http://localhost:8080/hook',
    'http://127.0.0.1:3000/hook',
    'http://localhost/hook',
  ])('allows %s', (url) => {
    expect(webhookProblem(url)).toBeNull();
  });

  it.each([
    ['http://reports.oakfield.example/hook', /only to a secure \(https:\/\/\) address/],
    ['http://localhost.evil.example/hook', /only to a secure/],
    ['http://192.168.1.10/hook', /only to a secure/],
    ['ftp://reports.oakfield.example/hook', /only to a secure/],
    ['javascript:alert(1)', /only to a secure/],
    ['https://user:secret@reports.oakfield.example/hook', /user name or password/],
    ['not a url', /not a web address/],
  ])('refuses %s', (url, reason) => {
    expect(webhookProblem(url)).toMatch(reason);
  });
});

describe('postRecord', () => {
  it('POSTs the record alone as JSON, with its id as the Idempotency-Key, and no cookies', async () => {
    const made = await record();
    const { fetcher, posted } = fakeFetch(status(201));
    expect(await postRecord(fetcher, HOOK, made)).toEqual({ kind: 'sent' });
    expect(posted).toHaveLength(1);
    const [request] = posted;
    expect(request?.url).toBe(HOOK);
    expect(request?.init).toMatchObject({ method: 'POST', credentials: 'omit', redirect: 'manual' });
    expect(new Headers(request?.init.headers).get('Content-Type')).toBe('application/json');
    expect(request?.key).toBe(made.id);
    expect(request?.init.signal).toBeInstanceOf(AbortSignal);
    expect(Object.keys(request?.body ?? {})).toEqual(['record']);
    expect(request?.body.record).toEqual(made);
  });

  it('sends no field the record schema does not know', async () => {
    const withShot = await makeRecord(
      reportInput({ screenshot: 'data:image/png;base64,iVBORw0KGgo=' }),
      reportPack(),
      'c0ffee00-0000-4000-8000-000000000002',
      NOW,
    );
    const made = { ...withShot, draft: 'my own draft', pageText: 'other page content' };
    const body = JSON.parse(webhookBody(made)) as { record: object };
    expect(Object.keys(body.record).sort()).toEqual(Object.keys(reportRecordSchema.shape).sort());
    expect(JSON.stringify(body)).not.toMatch(/my own draft|other page content/);
  });

  it.each([200, 202, 204])('counts %i as delivered', async (code) => {
    expect(await postRecord(fakeFetch(status(code)).fetcher, HOOK, await record())).toEqual({ kind: 'sent' });
  });

  it.each([500, 502, 503, 408, 429])('retries after %i', async (code) => {
    const outcome = await postRecord(fakeFetch(status(code)).fetcher, HOOK, await record());
    expect(outcome).toEqual({ kind: 'retry', reason: expect.stringContaining(`HTTP ${code}`) as string });
  });

  it.each([400, 401, 403, 404, 413, 422])('gives up on %i, saying why', async (code) => {
    const outcome = await postRecord(fakeFetch(status(code)).fetcher, HOOK, await record());
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind !== 'sent' && outcome.reason).toMatch(
      new RegExp(`^The safeguarding system refused the report \\(HTTP ${code}`),
    );
  });

  it('does not follow a redirect to another address', async () => {
    const outcome = await postRecord(fakeFetch(status(307)).fetcher, HOOK, await record());
    expect(outcome).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/another address/) as string,
    });
  });

  it('retries after a network error', async () => {
    const outcome = await postRecord(fakeFetch(networkError).fetcher, HOOK, await record());
    expect(outcome).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(/could not be reached/) as string,
    });
  });

  it('gives up waiting at the time limit (a real AbortSignal.timeout), and retries', async () => {
    const started = Date.now();
    const outcome = await postRecord(fakeFetch(hang).fetcher, HOOK, await record(), 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    expect(outcome).toEqual({
      kind: 'retry',
      reason: 'The safeguarding system did not answer within 1 second.',
    });
  });
});
