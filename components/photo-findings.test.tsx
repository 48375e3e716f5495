// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhotoFinding, PhotoReport } from '../lib/photo/report.ts';
import { PhotoFindings } from './photo-findings.tsx';
import { PhotoWaitDialog } from './photo-wait-dialog.tsx';
import { boxInWords, sentNotice, type PhotoView } from './photo-view.ts';
import { renderDialog } from './warning-dialog.fixtures.tsx';

afterEach(cleanup);

const SIGN: PhotoFinding = {
  kind: 'text',
  category: 'setting-name',
  severity: 'warn',
  message: 'The photo shows the words "Little Acorns Nursery".',
  clause: { id: '3.1', text: 'Do not name the setting in personal posts.' },
  suggestion: 'Crop the sign out.',
  box: { x: 300, y: 0, width: 100, height: 50 },
};
const WHERE: PhotoFinding = {
  kind: 'location',
  category: 'setting-name',
  severity: 'warn',
  message: 'This photo records where it was taken: about 90 m from the setting.',
  clause: { id: '3.2', text: 'Do not share where the setting is.' },
};
const REPORT: PhotoReport = {
  width: 400,
  height: 200,
  findings: [SIGN, WHERE],
  checks: [
    { kind: 'location', state: 'done', ms: 2 },
    { kind: 'text', state: 'done', ms: 900 },
    { kind: 'people', state: 'timed-out', ms: 5000 },
  ],
};
const done = (report = REPORT): PhotoView => ({
  id: 'p1',
  name: 'outing.jpg',
  src: 'blob:https://x.com/1',
  status: { kind: 'done', report },
});

describe('PhotoFindings', () => {
  it('draws a numbered box where something was found, placed as percentages of the photo', () => {
    render(<PhotoFindings photos={[done()]} />);
    const [box] = screen.getAllByTestId('photo-box');
    expect(box?.style.left).toBe('75%');
    expect(box?.style.top).toBe('0%');
    expect(box?.style.width).toBe('25%');
    expect(box?.style.height).toBe('25%');
    expect(box?.textContent).toBe('1');
    expect(box?.getAttribute('aria-hidden')).toBe('true');
    expect(box?.dataset.kind).toBe('text');
  });

  it('says each finding in words with its clause, where its box is, and which checks did not finish', () => {
    render(<PhotoFindings photos={[done()]} />);
    const section = screen.getByRole('region', { name: 'In your photo' });
    const [sign, where] = within(section).getAllByRole('listitem');
    expect(sign?.textContent).toBe(
      '1Words in the photo: The photo shows the words "Little Acorns Nursery". (marked 1 on the photo, near the top right)' +
        'Policy: Do not name the setting in personal posts.What to do instead: Crop the sign out.',
    );
    expect(where?.textContent).toContain('Location: This photo records where it was taken');
    expect(within(section).getByText('The people check did not finish: it took too long.')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('alt')).toBe(
      'Your photo, outing.jpg: 2 things found, listed below.',
    );
  });

  it('never calls a photo clean when it was not checked', () => {
    const photos: PhotoView[] = [
      {
        id: 'a',
        name: 'a.jpg',
        src: '',
        status: { kind: 'failed', reason: 'the photo host is not running' },
      },
      { id: 'b', name: 'b.jpg', src: '', status: { kind: 'too-large' } },
      { id: 'c', name: 'c.jpg', src: '', status: { kind: 'unfinished' } },
    ];
    render(<PhotoFindings photos={photos} />);
    expect(screen.getByText('This photo was not checked: the photo host is not running.')).toBeTruthy();
    expect(screen.getByText('This photo was not checked: it is larger than 25 MB.')).toBeTruthy();
    expect(
      screen.getByText('The check of this photo did not finish in time, so it was not checked.'),
    ).toBeTruthy();
    expect(screen.queryByText(/Nothing found/)).toBeNull();
  });

  it('joins the warning dialog, whose summary counts the photo findings too', () => {
    renderDialog({ photos: [done()] });
    const described = screen.getByRole('alertdialog').getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(described)?.textContent).toMatch(/has 4 things to check/);
    expect(screen.getByRole('heading', { level: 3, name: 'In your photo' })).toBeTruthy();
  });
});

describe('PhotoWaitDialog', () => {
  it('shows progress as a progressbar and a polite live region, and Esc or "Back to editing" cancels', () => {
    const onCancel = vi.fn();
    const checking: PhotoView = {
      id: 'p',
      name: 'big.jpg',
      src: '',
      status: { kind: 'checking', done: 1, total: 4, stage: 'reading words' },
    };
    render(<PhotoWaitDialog photos={[checking]} actionLabel="Post" waitSeconds={10} onCancel={onCancel} />);
    expect(screen.getByRole('dialog', { name: 'Checking photo…' })).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Photo check' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['1', '4']);
    expect(screen.getByRole('status').textContent).toBe('1 of 4 checks done: reading words.');
    const back = screen.getByRole('button', { name: 'Back to editing' });
    expect(document.activeElement).toBe(back);
    fireEvent.keyDown(back, { key: 'Escape' });
    fireEvent.click(back);
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});

describe('words', () => {
  it('places boxes in words and writes the notice after a send with unchecked photos', () => {
    const size = { width: 200, height: 200 };
    expect(boxInWords({ x: 0, y: 150, width: 10, height: 10 }, size)).toBe('near the bottom left');
    expect(boxInWords({ x: 90, y: 0, width: 20, height: 10 }, size)).toBe('near the top');
    expect(boxInWords({ x: 80, y: 80, width: 40, height: 40 }, size)).toBe('in the middle');
    expect(sentNotice([{ id: 'c', name: 'c.jpg', src: '', status: { kind: 'unfinished' } }], 'Post')).toBe(
      "The photo check did not finish in time, so your post went out without it. Please check it yourself against your setting's policy.",
    );
    expect(sentNotice([done({ ...REPORT, checks: [] })], 'Post')).toBeNull();
    expect(
      sentNotice(
        [{ id: 'b', name: 'b.jpg', src: '', status: { kind: 'failed', reason: 'it broke' } }],
        'Send',
      ),
    ).toBe(
      "Your message went out, but a photo was not fully checked. b.jpg: This photo was not checked: it broke. Please check it yourself against your setting's policy.",
    );
  });
});
