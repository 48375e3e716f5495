// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeElementFor } from './focus-trap.ts';
import { ReportControl } from './report-control.tsx';
import { pickerLabel, ReportPicker } from './report-picker.tsx';

afterEach(cleanup);

const ITEMS = [
  { senderName: 'Jane Smith', shownTime: '10:02', words: 'Why not?? Text me on 07700 900123' },
  { senderName: 'Jane Smith', shownTime: '', words: '' },
  { senderName: '', shownTime: 'Yesterday', words: `${'Long '.repeat(40)}end` },
];

describe('ReportPicker', () => {
  it('lists each message as a button named by sender, time and words, and focuses the first', () => {
    const onPick = vi.fn();
    render(<ReportPicker noun="message" items={ITEMS} onPick={onPick} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Which message do you want to report?' });
    const buttons = within(dialog).getAllByRole('button').slice(0, 3);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Jane Smith, 10:02: Why not?? Text me on 07700 900123',
      'Jane Smith: no text (a photo, sticker or voice message)',
      `Sender not shown, Yesterday: ${'Long '.repeat(28)}…`,
    ]);
    expect(activeElementFor(dialog)).toBe(buttons[0]);
    fireEvent.click(buttons[1] as HTMLElement);
    expect(onPick).toHaveBeenCalledWith(1);
  });

  it('closes on Esc and on Cancel', () => {
    const onClose = vi.fn();
    render(<ReportPicker noun="comment" items={ITEMS} onPick={vi.fn()} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Which comment do you want to report?' });
    fireEvent.keyDown(within(dialog).getAllByRole('button')[0] as HTMLElement, { key: 'Escape' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says when there is nothing to report, with focus on Cancel', () => {
    render(<ReportPicker noun="message" items={[]} onPick={vi.fn()} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('There is no received message here to report.');
    expect(activeElementFor(dialog)).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
  });

  it('names an excerpt by characters, not UTF-16 units', () => {
    expect(pickerLabel({ senderName: 'A', shownTime: '', words: '😀'.repeat(150) })).toBe(
      `A: ${'😀'.repeat(140)}…`,
    );
  });
});

describe('ReportControl', () => {
  it('is a "Report" button named for the sender, out of the Tab order', () => {
    const onActivate = vi.fn();
    render(
      <ReportControl
        label="Report this message from Jane Smith"
        position={{ top: 10, left: 20 }}
        onActivate={onActivate}
        onPointerLeave={vi.fn()}
      />,
    );
    const control = screen.getByRole('button', { name: 'Report this message from Jane Smith' });
    expect(control.textContent).toBe('Report');
    expect(control.tabIndex).toBe(-1);
    expect(control.style.top).toBe('10px');
    fireEvent.click(control);
    expect(onActivate).toHaveBeenCalled();
  });
});
