// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutboxEntry } from '../../lib/safeguarding/record.ts';
import { Popup } from './popup.tsx';
import { ReportList, type ReportListProps } from './report-list.tsx';
import { NOW, makeProps } from './test-data.ts';
import { formatTime } from './words.ts';

afterEach(cleanup);

const MINUTE = 60_000;

const entry = (id: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry => ({
  record: {
    id,
    words: 'Can you send me photos of the other children?',
    senderName: 'Jane Smith',
    senderProfile: 'https://www.facebook.com/jane.smith.1984',
    platform: 'facebook',
    where: 'https://www.facebook.com/messages/t/2001',
    shownTime: '14:02',
    seenAt: NOW - 3 * MINUTE,
    category: 'inappropriate-request',
    whatHappened: 'Asked privately for photos.',
    replied: 'no',
    createdAt: NOW - 2 * MINUTE,
    passedTo: 'Morgan Price (safeguarding lead)',
    setting: 'Oakfield Nursery',
    hash: 'a'.repeat(64),
  },
  state: 'queued',
  attempts: 0,
  nextAttemptAt: NOW,
  sentAt: null,
  lastError: null,
  via: null,
  ...overrides,
});

const props = (overrides: Partial<ReportListProps> = {}): ReportListProps => ({
  entries: [],
  email: null,
  error: null,
  loadError: null,
  busy: false,
  now: NOW,
  onRetry: vi.fn(),
  onClear: vi.fn(),
  onOpenEmail: vi.fn(),
  onSaveFiles: vi.fn(),
  onMarkSent: vi.fn(),
  ...overrides,
});

const reports = () => within(screen.getByTestId('report-list')).getAllByTestId('report');
const stateOf = (item: HTMLElement) => within(item).getByTestId('report-state').textContent;
const buttonsOf = (item: HTMLElement) =>
  within(item)
    .queryAllByRole('button')
    .map((b) => b.textContent);

describe('ReportList', () => {
  it('shows each report: what, from whom, when, and its state in words', () => {
    const later = NOW + 30 * MINUTE;
    render(
      <ReportList
        {...props({
          entries: [
            entry('a', {
              attempts: 1,
              nextAttemptAt: later,
              lastError: 'The safeguarding system had a problem (HTTP 500).',
            }),
            entry('b', { state: 'sending', nextAttemptAt: NOW + MINUTE }),
            entry('c', { state: 'sent', sentAt: NOW - MINUTE, via: 'webhook', nextAttemptAt: null }),
            entry('d', {
              state: 'failed',
              nextAttemptAt: null,
              lastError: 'The safeguarding system refused the report (HTTP 403 Forbidden).',
            }),
            entry('e', { state: 'sent', sentAt: NOW, via: 'email', nextAttemptAt: null }),
          ],
        })}
      />,
    );
    const [a, b, c, d, e] = reports();
    expect(within(a!).getByText('Inappropriate request from Jane Smith').closest('p')?.textContent).toBe(
      `Inappropriate request from Jane Smith, ${formatTime(NOW - 2 * MINUTE)}`,
    );
    expect(stateOf(a!)).toBe(
      `Queued (next try at ${formatTime(later)}; last problem: The safeguarding system had a problem (HTTP 500))`,
    );
    expect(stateOf(b!)).toBe('Sending…');
    expect(stateOf(c!)).toBe(`Sent at ${formatTime(NOW - MINUTE)} to the safeguarding system`);
    expect(stateOf(d!)).toBe('Failed: The safeguarding system refused the report (HTTP 403 Forbidden)');
    expect(stateOf(e!)).toBe(`Sent at ${formatTime(NOW)} by email`);

    expect(buttonsOf(a!)).toEqual(['Retry now']);
    expect(buttonsOf(b!)).toEqual([]);
    expect(buttonsOf(c!)).toEqual(['Clear']);
    // A report the webhook refused can still be retried, or sent by hand so that it is not lost.
    expect(buttonsOf(d!)).toEqual(['Retry now', 'Save PDF and JSON', 'I have saved them']);
  });

  it('says a first try is due now', () => {
    render(<ReportList {...props({ entries: [entry('a', { nextAttemptAt: NOW - 1 })] })} />);
    expect(stateOf(reports()[0]!)).toBe('Queued (next try now)');
  });

  it('retries and clears the right report, and names it to screen readers', () => {
    const onRetry = vi.fn();
    const onClear = vi.fn();
    render(
      <ReportList
        {...props({
          onRetry,
          onClear,
          entries: [
            entry('queued-one', { attempts: 1, nextAttemptAt: NOW + MINUTE }),
            entry('sent-one', { state: 'sent', sentAt: NOW, via: 'file', nextAttemptAt: null }),
          ],
        })}
      />,
    );
    const retry = screen.getByRole('button', { name: 'Retry now' });
    expect(retry.getAttribute('aria-describedby')).toBe('ssg-report-queued-one');
    expect(document.getElementById('ssg-report-queued-one')?.textContent).toMatch(
      /^Inappropriate request from/,
    );
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledWith('queued-one');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onClear).toHaveBeenCalledWith('sent-one');
  });

  it('for an email pack: opens the email, then records that it was sent; or saves the files', () => {
    const p = props({ email: 'dsl@oakfield.example', entries: [entry('by-hand', { nextAttemptAt: null })] });
    render(<ReportList {...p} />);
    const [item] = reports();
    expect(stateOf(item!)).toBe('Queued: waiting for you to send it');
    const group = within(item!).getByRole('group', {
      name: 'Send it to Morgan Price (safeguarding lead) yourself',
    });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Open email', 'I have sent it', 'Save PDF and JSON', 'I have saved them']);
    fireEvent.click(screen.getByRole('button', { name: 'Open email' }));
    expect(p.onOpenEmail).toHaveBeenCalledWith(p.entries?.[0]);
    fireEvent.click(screen.getByRole('button', { name: 'I have sent it' }));
    expect(p.onMarkSent).toHaveBeenCalledWith('by-hand', 'email');
    fireEvent.click(screen.getByRole('button', { name: 'Save PDF and JSON' }));
    expect(p.onSaveFiles).toHaveBeenCalledWith(p.entries?.[0]);
    fireEvent.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(p.onMarkSent).toHaveBeenCalledWith('by-hand', 'file');
    expect(p.onRetry).not.toHaveBeenCalled();
  });

  it('for a file pack: offers only the files', () => {
    render(<ReportList {...props({ entries: [entry('by-hand', { nextAttemptAt: null })] })} />);
    expect(buttonsOf(reports()[0]!)).toEqual(['Save PDF and JSON', 'I have saved them']);
  });

  it('disables its buttons while an action runs', () => {
    render(<ReportList {...props({ busy: true, entries: [entry('a', { nextAttemptAt: null })] })} />);
    for (const button of screen.getAllByRole<HTMLButtonElement>('button')) expect(button.disabled).toBe(true);
  });

  it('says when it is loading, empty, or could not load, and shows an action that failed as an alert', () => {
    const { rerender } = render(<ReportList {...props({ entries: null })} />);
    expect(screen.getByText('Loading…')).toBeDefined();
    rerender(<ReportList {...props({ entries: null, loadError: 'could not reach the extension' })} />);
    expect(screen.getByText('The reports could not be loaded: could not reach the extension')).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<ReportList {...props({ entries: [] })} />);
    expect(screen.getByRole('status').textContent).toBe('No reports in the outbox.');
    rerender(
      <ReportList
        {...props({
          entries: [entry('a')],
          error: 'This report has not been delivered yet; it stays in the outbox until it has.',
        })}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'This report has not been delivered yet; it stays in the outbox until it has.',
    );
  });
});

describe('Popup: reports', () => {
  it('shows the reports section only when given the outbox', () => {
    const { rerender } = render(<Popup {...makeProps()} />);
    expect(screen.queryByRole('heading', { name: 'Safeguarding reports' })).toBeNull();
    rerender(<Popup {...makeProps({ reports: props({ entries: [entry('a')] }) })} />);
    expect(screen.getByRole('heading', { name: 'Safeguarding reports' })).toBeDefined();
    expect(screen.getByRole('list', { name: 'Safeguarding reports' })).toBeDefined();
  });
});
