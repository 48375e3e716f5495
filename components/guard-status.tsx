import './guard-status.css';

export interface GuardStatusProps {
  /** Whether the guard is checking drafts on this page. */
  active: boolean;
}

/**
 * A small badge that tells staff the guard is running. Pure: all state comes in through props,
 * so it renders the same in the content script, in extension pages and in tests.
 */
export function GuardStatus({ active }: GuardStatusProps) {
  return (
    <div className="ssg-status" role="status" data-testid="guard-status" data-active={active}>
      Staff Social Guard is {active ? 'on' : 'off'}
    </div>
  );
}
