import type { Outcome } from './types.ts';

export interface LiveStatusProps {
  id: string;
  outcome: Outcome | undefined;
  testId: string;
}

/**
 * A polite live region that is always in the page (so that screen readers announce what appears
 * in it): progress, results and refusals of one part of the section.
 */
export function LiveStatus({ id, outcome, testId }: LiveStatusProps) {
  return (
    <p
      id={id}
      role="status"
      className={`ssg-sp-live${outcome ? ` ssg-sp-live-${outcome.kind}` : ''}`}
      data-testid={testId}
      data-kind={outcome?.kind ?? 'none'}
    >
      {outcome?.text ?? ''}
    </p>
  );
}
