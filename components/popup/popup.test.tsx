// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from './popup.tsx';
import { NOW, makeHistory, makeProps, makeStatus } from './test-data.ts';
import { formatTime } from './words.ts';

afterEach(cleanup);

const siteStatus = () => screen.getByTestId('site-status').textContent;

describe('Popup: this site', () => {
  it('says it is checking an active site, and pauses it', () => {
    const onPause = vi.fn();
    render(<Popup {...makeProps({ onPause })} />);
    expect(siteStatus()).toBe('Checking your posts on Facebook');
    // A polite live region, so pausing and resuming are announced.
    expect(screen.getByTestId('site-status').getAttribute('role')).toBe('status');
    expect(screen.queryByRole('button', { name: 'Resume now' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site for 10 minutes' }));
    expect(onPause).toHaveBeenCalledTimes(1);
  });

  it('says until when a site is paused, and resumes it', () => {
    const onResume = vi.fn();
    const onPause = vi.fn();
    const pausedUntil = NOW + 10 * 60_000;
    render(
      <Popup {...makeProps({ platform: 'x', status: makeStatus({ pausedUntil }), onPause, onResume })} />,
    );
    expect(siteStatus()).toBe(`Paused on X until ${formatTime(pausedUntil)}`);
    expect(screen.queryByRole('button', { name: /Pause on this site/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    expect(onResume).toHaveBeenCalledTimes(1);
    expect(onPause).not.toHaveBeenCalled();
  });

  it('offers no pause on a site it does not check', () => {
    render(<Popup {...makeProps({ platform: null })} />);
    expect(siteStatus()).toBe('This site is not checked');
    expect(screen.queryByRole('button', { name: /Pause|Resume/ })).toBeNull();
  });

  it('names the rule pack, and says when the manager pack was refused', () => {
    const { rerender } = render(<Popup {...makeProps()} />);
    expect(screen.getByTestId('pack-line').textContent).toBe('Rule pack: Oakfield Nursery, version 3');
    expect(screen.queryByTestId('pack-error')).toBeNull();

    const status = makeStatus({
      pack: { id: 'default', version: 1, issuer: 'built in', setting: "Ashley's House" },
      packError: 'meta.version: expected number',
    });
    rerender(<Popup {...makeProps({ status })} />);
    expect(screen.getByTestId('pack-line').textContent).toBe("Rule pack: Ashley's House, version 1");
    expect(screen.getByTestId('pack-error').textContent).toBe(
      "Your manager's rule pack could not be used (meta.version: expected number); the built-in policy applies.",
    );
  });

  it('shows loading rather than a blank popup, and errors as a readable line', () => {
    render(
      <Popup
        {...makeProps({
          platform: undefined,
          status: null,
          history: null,
          error: 'could not reach the extension',
        })}
      />,
    );
    expect(siteStatus()).toBe('Loading…');
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong: could not reach the extension');
    expect(screen.getByRole('heading', { name: 'Today' })).toBeDefined();
  });

  it('disables its buttons while an action runs', () => {
    render(<Popup {...makeProps({ busy: true })} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Pause on this site/ }).disabled).toBe(true);
  });
});

describe('Popup: today', () => {
  it("counts today's warnings and choices", () => {
    render(
      <Popup {...makeProps({ history: makeHistory([], { edited: 3, 'sent-anyway': 1, cancelled: 2 }) })} />,
    );
    expect(screen.getByTestId('today-total').textContent).toBe('6 warnings today');
    const counts = screen.getByRole('list', { name: 'What you chose today' });
    expect([...counts.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '3 edited',
      '1 sent anyway',
      '0 blocked',
      '2 cancelled',
    ]);
  });

  it('says "1 warning" in the singular', () => {
    render(<Popup {...makeProps({ history: makeHistory([], { blocked: 1 }) })} />);
    expect(screen.getByTestId('today-total').textContent).toBe('1 warning today');
  });
});
