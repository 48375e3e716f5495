// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from './popup.tsx';
import { NOW, makeEvent, makeHistory, makeProps } from './test-data.ts';
import { formatTime } from './words.ts';

afterEach(cleanup);

const MINUTE = 60_000;
const items = () => within(screen.getByTestId('event-list')).getAllByRole('listitem');

describe('Popup: last 20 events', () => {
  it('lists each event in words, newest first as given', () => {
    const recent = [
      makeEvent({
        id: 3,
        at: NOW,
        platform: 'instagram',
        surface: 'instagram.dm',
        categories: ['child-info', 'parent-contact'],
        choice: 'sent-anyway',
        reason: 'her mum asked me to',
      }),
      makeEvent({
        id: 2,
        at: NOW - 5 * MINUTE,
        platform: 'x',
        surface: 'x.reply',
        categories: ['foul-language'],
        choice: 'blocked',
      }),
      makeEvent({ id: 1, at: NOW - 9 * MINUTE }),
    ];
    render(<Popup {...makeProps({ history: makeHistory(recent) })} />);
    const [first, second, third] = items();
    expect(items()).toHaveLength(3);
    expect(first?.querySelector('time')?.textContent).toBe(formatTime(NOW));
    expect(first?.querySelector('time')?.getAttribute('datetime')).toBe(new Date(NOW).toISOString());
    expect(first?.textContent).toContain('Instagram private message');
    expect(first?.textContent).toContain('information about a child, contact with a parent');
    expect(first?.textContent).toContain('sent anyway: her mum asked me to');
    expect(second?.textContent).toContain('X reply');
    expect(second?.textContent).toContain('foul language');
    expect(second?.textContent).toContain('blocked');
    expect(third?.textContent).toContain('Facebook post');
    expect(third?.textContent).toContain('a comment about work');
    expect(third?.textContent).toMatch(/edited$/);
  });

  it('gives the day for events before today', () => {
    const yesterday = NOW - 24 * 60 * MINUTE;
    render(<Popup {...makeProps({ history: makeHistory([makeEvent({ at: yesterday })]) })} />);
    const time = items()[0]?.querySelector('time')?.textContent ?? '';
    expect(time).not.toBe(formatTime(yesterday));
    expect(time.endsWith(`, ${formatTime(yesterday)}`)).toBe(true);
  });

  it('says when there is nothing yet, and offers no clear button', () => {
    render(<Popup {...makeProps({ history: makeHistory([]) })} />);
    expect(screen.getByText('No warnings yet.')).toBeDefined();
    expect(screen.queryByTestId('event-list')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear history' })).toBeNull();
  });
});

describe('Popup: clear history', () => {
  const three = makeHistory([makeEvent({ id: 3 }), makeEvent({ id: 2 }), makeEvent({ id: 1 })]);

  it('asks first, and "Keep" clears nothing', () => {
    const onClear = vi.fn();
    render(<Popup {...makeProps({ history: three, onClear })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(screen.getByText('Clear all 3 events? This cannot be undone.')).toBeDefined();
    // The safe choice has the focus, for keyboard users.
    expect(document.activeElement?.textContent).toBe('Keep');
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(onClear).not.toHaveBeenCalled();
    expect(screen.queryByText(/This cannot be undone/)).toBeNull();
    expect(document.activeElement?.textContent).toBe('Clear history');
    expect(items()).toHaveLength(3);
  });

  it('calls onClear only after "Clear", then shows the empty list it is given', () => {
    const onClear = vi.fn();
    const { rerender } = render(<Popup {...makeProps({ history: three, onClear })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(onClear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onClear).toHaveBeenCalledTimes(1);

    rerender(<Popup {...makeProps({ history: makeHistory([]), onClear })} />);
    expect(screen.queryByTestId('event-list')).toBeNull();
    expect(screen.getByText('No warnings yet.').getAttribute('role')).toBe('status');
  });

  it('says "or more" when the list is full, since older events are not listed', () => {
    const full = makeHistory(Array.from({ length: 20 }, (_, i) => makeEvent({ id: i + 1 })));
    render(<Popup {...makeProps({ history: full })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(screen.getByText('Clear all 20 or more events? This cannot be undone.')).toBeDefined();
  });
});
