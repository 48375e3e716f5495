// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuardBadge, type BadgeState } from './guard-badge';

afterEach(cleanup);

const badge = () => screen.getByTestId('guard-badge');
/** The visible text: everything but the screen-reader-only product mark. */
const visibleText = (el: HTMLElement) => {
  const clone = el.cloneNode(true) as HTMLElement;
  clone.querySelector('.ssg-badge-mark')?.remove();
  return clone.textContent;
};

describe('GuardBadge', () => {
  it.each<[BadgeState, string]>([
    [{ kind: 'checking' }, 'Checking…'],
    [{ kind: 'clear' }, 'Looks fine'],
    [{ kind: 'notice', count: 1 }, '1 thing to note'],
    [{ kind: 'notice', count: 3 }, '3 things to note'],
    [{ kind: 'warning', count: 1 }, '1 thing to check before posting'],
    [{ kind: 'warning', count: 2 }, '2 things to check before posting'],
    [{ kind: 'paused', until: '14:05' }, 'Guard paused until 14:05'],
    [
      { kind: 'off', reason: 'the rule pack could not be read' },
      'Guard off: the rule pack could not be read',
    ],
  ])('shows %j as "%s", named as the product in the status', (state, text) => {
    render(<GuardBadge state={state} position={{ top: 10, left: 20 }} />);
    const status = screen.getByRole('status');
    expect(status).toBe(badge());
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.dataset.kind).toBe(state.kind);
    expect(visibleText(status)).toBe(text);
    expect(status.textContent).toBe(`Staff Social Guard · ${text}`);
  });

  it('keeps the product mark visually hidden', () => {
    render(<GuardBadge state={{ kind: 'clear' }} position={{ top: 0, left: 0 }} />);
    expect(badge().querySelector('.ssg-badge-mark')?.textContent).toBe('Staff Social Guard · ');
  });

  it('is pinned at the given position', () => {
    render(<GuardBadge state={{ kind: 'clear' }} position={{ top: 120, left: 48.5 }} />);
    expect(badge().style.top).toBe('120px');
    expect(badge().style.left).toBe('48.5px');
    expect(badge().dataset.shown).toBe('true');
  });

  it('is hidden without a position but stays in the DOM as the live region', () => {
    const { rerender } = render(<GuardBadge state={{ kind: 'checking' }} position={null} />);
    expect(badge().dataset.shown).toBe('false');
    expect(badge().style.top).toBe('');
    rerender(<GuardBadge state={{ kind: 'warning', count: 2 }} position={null} />);
    expect(screen.getByRole('status').textContent).toContain('2 things to check before posting');
  });

  it('marks the region busy only while checking', () => {
    const { rerender } = render(<GuardBadge state={{ kind: 'checking' }} position={null} />);
    expect(badge().getAttribute('aria-busy')).toBe('true');
    rerender(<GuardBadge state={{ kind: 'clear' }} position={null} />);
    expect(badge().getAttribute('aria-busy')).toBe('false');
  });
});
