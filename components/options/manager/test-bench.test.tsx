// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BenchInput, BenchResult } from '../../../lib/options/manager/bench.ts';
import type { WireFinding } from '../../../lib/protocol/schemas.ts';
import { TestBench } from './test-bench.tsx';

afterEach(cleanup);

const input: BenchInput = { text: 'Great day at Little Acorns', recipient: '', surface: 'post' };
const finding: WireFinding = {
  category: 'setting-name',
  ruleId: 'setting-name',
  severity: 'warn',
  spans: [{ start: 13, end: 26 }],
  message: 'This names or points to the setting where you work.',
  clause: { id: 'staff-1', text: 'Not to name the setting they work at' },
  matched: ['Little Acorns'],
};

describe('TestBench', () => {
  it('shows the findings as staff see them, with the flagged words marked', () => {
    render(
      <TestBench
        input={input}
        onInput={vi.fn()}
        result={{ state: 'checked', text: input.text, findings: [finding] }}
      />,
    );
    const result = screen.getByTestId('bench-result');
    expect(within(result).getByRole('status').textContent).toBe('Staff would be told about 1 thing:');
    expect(within(result).getByRole('heading', { name: 'Names the setting' })).toBeInstanceOf(HTMLElement);
    expect(result.querySelector('mark')?.textContent).toBe('Little Acorns');
    expect(result.textContent).toContain('Not to name the setting they work at');
  });

  const states: [BenchResult, string][] = [
    [{ state: 'empty' }, 'Type a post to see what staff would be told.'],
    [{ state: 'checked', text: 'hi', findings: [] }, 'Nothing in this post would be flagged.'],
    [{ state: 'failed', message: 'too long' }, 'The post could not be checked: too long'],
  ];
  it.each(states)('says %j in words', (result, words) => {
    render(<TestBench input={input} onInput={vi.fn()} result={result} />);
    expect(screen.getByRole('status').textContent).toBe(words);
  });

  it('lists what stops the check when the pack cannot be built', () => {
    render(
      <TestBench
        input={input}
        onInput={vi.fn()}
        result={{ state: 'no-pack' }}
        blockers={['Name of the setting: Must not be empty']}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/once these problems .* are fixed/);
    expect(screen.getByRole('listitem').textContent).toBe('Name of the setting: Must not be empty');
  });

  it('asks who a private message goes to only for private messages', () => {
    const onInput = vi.fn();
    const { rerender } = render(<TestBench input={input} onInput={onInput} result={{ state: 'empty' }} />);
    expect(screen.queryByLabelText('Sent to')).toBeNull();
    fireEvent.change(screen.getByLabelText('Where it goes'), { target: { value: 'dm' } });
    expect(onInput).toHaveBeenLastCalledWith({ ...input, surface: 'dm' });
    rerender(<TestBench input={{ ...input, surface: 'dm' }} onInput={onInput} result={{ state: 'empty' }} />);
    fireEvent.change(screen.getByLabelText('Sent to'), { target: { value: 'Sarah Jones' } });
    expect(onInput).toHaveBeenLastCalledWith({ ...input, surface: 'dm', recipient: 'Sarah Jones' });
    fireEvent.change(screen.getByLabelText('Try a post'), { target: { value: 'Hiya' } });
    expect(onInput).toHaveBeenLastCalledWith({ ...input, surface: 'dm', text: 'Hiya' });
  });
});
