import { useEffect, useId, useRef } from 'react';
import './manager.css';

export interface SummaryProblem {
  /** The field to go to, or '' for a problem with the pack as a whole. */
  field: string;
  label: string;
  message: string;
}

export interface ErrorSummaryProps {
  problems: readonly SummaryProblem[];
  /** Changes on each refused export, so the summary takes focus again. */
  focusSignal: number;
  onGoTo: (field: string) => void;
}

/** The problems that stop the export, each a link to its field; takes focus when it appears. */
export function ErrorSummary({ problems, focusSignal, onGoTo }: ErrorSummaryProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusSignal > 0) ref.current?.focus();
  }, [focusSignal]);
  if (problems.length === 0) return null;
  const n = problems.length;
  return (
    <div ref={ref} className="ssg-mf-summary" tabIndex={-1} aria-labelledby={`${id}-title`} role="group">
      <h4 id={`${id}-title`}>
        {n === 1 ? 'There is a problem' : `There are ${n} problems`} to fix before the pack can be signed
      </h4>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.field ? (
              <a
                href={`#${p.field}`}
                onClick={(e) => {
                  e.preventDefault();
                  onGoTo(p.field);
                }}
              >
                {p.label}: {p.message}
              </a>
            ) : (
              p.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
