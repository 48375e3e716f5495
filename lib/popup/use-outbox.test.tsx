// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportList } from '../../components/popup/report-list.tsx';
import { openHistoryDb, type HistoryDb } from '../db/history-db.ts';
import { forgetActivePack } from '../handlers/active-pack.ts';
import { makeReportHandlers, type ReportHandlers } from '../handlers/report-handlers.ts';
import {
  fakeAlarms,
  fakeFetch,
  packArea,
  reportInput,
  reportPack,
  status,
} from '../handlers/report-test-data.ts';
import type { RulePack } from '../pack/schema.ts';
import { reportJson } from '../safeguarding/export-json.ts';
import { reportFileName, useOutbox, type OutboxEnvironment } from './use-outbox.ts';

// The popup's reports against a fake background: the real report handlers and database, reached
// through fakeBrowser's runtime.sendMessage.

type AnyHandler = (data: unknown, sender: object) => Promise<unknown>;

let db: HistoryDb;
let handlers: ReportHandlers;
let posted: ReturnType<typeof fakeFetch>['posted'];
const SENDER = { id: 'ext', url: 'https://www.facebook.com/messages/t/2001', tab: { id: 7 } };

function background(pack: RulePack, ...answers: Parameters<typeof fakeFetch>) {
  const fetch = fakeFetch(...answers);
  posted = fetch.posted;
  handlers = makeReportHandlers({
    db,
    area: packArea(pack),
    now: () => Date.now(),
    fetcher: fetch.fetcher,
    alarms: fakeAlarms().alarms,
    tabs: { captureVisibleTab: vi.fn() },
  });
  fakeBrowser.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
      const { name, data } = message as { name: keyof ReportHandlers; data: unknown };
      void (handlers[name] as AnyHandler)(data, {}).then(sendResponse, (error: Error) =>
        sendResponse({ error: error.message }),
      );
      return true;
    },
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetActivePack();
  db = openHistoryDb(`outbox-popup-test-${Math.random()}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const env = (): OutboxEnvironment & { opened: string[]; saved: { name: string; blob: Blob }[] } => {
  const opened: string[] = [];
  const saved: { name: string; blob: Blob }[] = [];
  return {
    opened,
    saved,
    openUrl: (url) => opened.push(url),
    download: (name, blob) => saved.push({ name, blob }),
  };
};

function Harness({ environment }: { environment: OutboxEnvironment }) {
  return <ReportList {...useOutbox(environment)} />;
}

const stateLine = () => screen.getByTestId('report-state').textContent;

describe('useOutbox', () => {
  it('shows a webhook report failing, retries it, sees it sent and clears it', async () => {
    background(reportPack(), status(503), status(200));
    const { id } = await handlers.submitReport({ input: reportInput() }, SENDER);
    await waitFor(async () => expect((await db.reports.get(id))?.attempts).toBe(1));

    render(<Harness environment={env()} />);
    await screen.findByTestId('report');
    expect(stateLine()).toMatch(
      /^Queued \(next try at .+; last problem: The safeguarding system had a problem \(HTTP 503\)\)$/,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    // The popup keeps asking while the delivery is under way.
    await waitFor(() => expect(stateLine()).toMatch(/^Sent at .+ to the safeguarding system$/), {
      timeout: 5000,
    });
    expect(posted.map((p) => p.key)).toEqual([id, id]);

    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect((await screen.findByText('No reports in the outbox.')).getAttribute('role')).toBe('status');
    expect(await db.reports.count()).toBe(0);
  }, 15_000);

  it('for an email pack: opens a mailto: link to the lead, and records it as sent', async () => {
    background(reportPack({ email: 'dsl@oakfield.example' }));
    const { id } = await handlers.submitReport({ input: reportInput() }, SENDER);
    const environment = env();
    render(<Harness environment={environment} />);
    await screen.findByText('Queued: waiting for you to send it');

    fireEvent.click(await screen.findByRole('button', { name: 'Open email' }));
    expect(environment.opened).toHaveLength(1);
    expect(environment.opened[0]).toMatch(/^mailto:dsl@oakfield\.example\?subject=/);

    fireEvent.click(screen.getByRole('button', { name: 'I have sent it' }));
    await waitFor(() => expect(stateLine()).toMatch(/^Sent at .+ by email$/));
    expect(await db.reports.get(id)).toMatchObject({ state: 'sent', via: 'email' });
    expect(posted).toHaveLength(0);
  });

  it('saves the PDF and the JSON, then records the files as saved', async () => {
    background(reportPack({}));
    const { id } = await handlers.submitReport({ input: reportInput() }, SENDER);
    const environment = env();
    render(<Harness environment={environment} />);
    await screen.findByText('Queued: waiting for you to send it');
    // No address in the pack: no email button.
    expect(screen.queryByRole('button', { name: 'Open email' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save PDF and JSON' }));
    await waitFor(() => expect(environment.saved).toHaveLength(2), { timeout: 10_000 });
    const entry = (await db.reports.get(id))!;
    const name = reportFileName(entry);
    expect(name).toMatch(/^safeguarding-record-\d{4}-\d\d-\d\d-[\w-]{8}$/);
    const [pdf, json] = environment.saved;
    expect(pdf?.name).toBe(`${name}.pdf`);
    expect(pdf?.blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode((await pdf!.blob.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    expect(json?.name).toBe(`${name}.json`);
    expect(await json?.blob.text()).toBe(reportJson(entry.record));

    fireEvent.click(screen.getByRole('button', { name: 'I have saved them' }));
    await waitFor(() => expect(stateLine()).toMatch(/^Sent at .+ \(saved as files\)$/));
  }, 20_000);

  it('shows a refused action as an alert', async () => {
    background(reportPack({}));
    const { id } = await handlers.submitReport({ input: reportInput() }, SENDER);
    render(<Harness environment={env()} />);
    const item = await screen.findByTestId('report');
    await db.reports.delete(id);
    fireEvent.click(within(item).getByRole('button', { name: 'I have saved them' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That report is not in the outbox.');
  });
});
