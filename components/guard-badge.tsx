import './guard-badge.css';

export type BadgeState =
  | { kind: 'checking' }
  | { kind: 'clear' }
  | { kind: 'notice' | 'warning'; count: number }
  /** `until` is a local time already formatted for display, e.g. "14:05". */
  | { kind: 'paused'; until: string }
  | { kind: 'off'; reason: string };

export interface GuardBadgeProps {
  state: BadgeState;
  /** Where the badge's bottom-right corner goes, in viewport px; null hides it (it stays in the DOM as a live region). */
  position: { top: number; left: number } | null;
}

const things = (count: number, what: string) => `${count} ${count === 1 ? 'thing' : 'things'} ${what}`;

/** The visible text of the badge for a state. */
export function badgeText(state: BadgeState): string {
  switch (state.kind) {
    case 'checking':
      return 'Checking…';
    case 'clear':
      return 'Looks fine';
    case 'notice':
      return things(state.count, 'to note');
    case 'warning':
      return things(state.count, 'to check before posting');
    case 'paused':
      return `Guard paused until ${state.until}`;
    case 'off':
      return `Guard off: ${state.reason}`;
  }
}

/**
 * A quiet pill beside the composer the person is typing in. Pure: props in, JSX out. The product
 * name is only in the accessible text, so screen readers know who is speaking without the pill
 * growing. While checking, the region is marked busy so screen readers wait for the result.
 */
export function GuardBadge({ state, position }: GuardBadgeProps) {
  return (
    <div
      className="ssg-badge"
      role="status"
      aria-live="polite"
      aria-busy={state.kind === 'checking'}
      data-testid="guard-badge"
      data-kind={state.kind}
      data-shown={position !== null}
      style={position ? { top: `${position.top}px`, left: `${position.left}px` } : undefined}
    >
      <span className="ssg-badge-mark">Staff Social Guard · </span>
      {badgeText(state)}
    </div>
  );
}
