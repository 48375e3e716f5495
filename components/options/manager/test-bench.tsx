import { useId } from 'react';
import type { BenchInput, BenchResult, BenchSurface } from '../../../lib/options/manager/bench.ts';
import { FindingList } from '../../finding-list.tsx';
import './manager.css';

export interface TestBenchProps {
  input: BenchInput;
  onInput: (input: BenchInput) => void;
  result: BenchResult;
  /** When the pack cannot be built: the problems in the way, in words. */
  blockers?: readonly string[];
}

const SURFACES: Record<BenchSurface, string> = {
  post: 'A post',
  comment: 'A comment',
  dm: 'A private message',
};

function summary(result: BenchResult): string {
  switch (result.state) {
    case 'empty':
      return 'Type a post to see what staff would be told.';
    case 'no-pack':
      return 'The post is checked once these problems with the setting, people or rules are fixed:';
    case 'failed':
      return `The post could not be checked: ${result.message}`;
    case 'checked': {
      const n = result.findings.length;
      if (n === 0) return 'Nothing in this post would be flagged.';
      return `Staff would be told about ${n} ${n === 1 ? 'thing' : 'things'}:`;
    }
  }
}

/** "Try a post": a draft checked against the pack being built, shown as staff would see it. */
export function TestBench({ input, onInput, result, blockers = [] }: TestBenchProps) {
  const id = useId();
  return (
    <section className="ssg-mf-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Test the pack</h3>
      <p>Try a post as staff might write it: the findings update as you type, with the pack as it is now.</p>
      <div className="ssg-mf-row">
        <label htmlFor={`${id}-text`} className="ssg-mf-label">
          Try a post
        </label>
        <textarea
          id={`${id}-text`}
          rows={4}
          value={input.text}
          onChange={(e) => onInput({ ...input, text: e.target.value })}
        />
      </div>
      <div className="ssg-mf-inline">
        <div className="ssg-mf-row">
          <label htmlFor={`${id}-surface`} className="ssg-mf-label">
            Where it goes
          </label>
          <select
            id={`${id}-surface`}
            value={input.surface}
            onChange={(e) => onInput({ ...input, surface: e.target.value as BenchSurface })}
          >
            {(Object.keys(SURFACES) as BenchSurface[]).map((surface) => (
              <option key={surface} value={surface}>
                {SURFACES[surface]}
              </option>
            ))}
          </select>
        </div>
        {input.surface === 'dm' && (
          <div className="ssg-mf-row">
            <label htmlFor={`${id}-recipient`} className="ssg-mf-label">
              Sent to
            </label>
            <p id={`${id}-recipient-hint`} className="ssg-mf-hint">
              Optional. The name of the person the message goes to.
            </p>
            <input
              id={`${id}-recipient`}
              type="text"
              autoComplete="off"
              aria-describedby={`${id}-recipient-hint`}
              value={input.recipient}
              onChange={(e) => onInput({ ...input, recipient: e.target.value })}
            />
          </div>
        )}
      </div>
      <div className="ssg-mf-bench-result" data-testid="bench-result">
        <p role="status" className="ssg-mf-bench-summary">
          {summary(result)}
        </p>
        {result.state === 'no-pack' && (
          <ul className="ssg-mf-bench-blockers">
            {blockers.map((blocker, i) => (
              <li key={i}>{blocker}</li>
            ))}
          </ul>
        )}
        {result.state === 'checked' && result.findings.length > 0 && (
          <FindingList text={result.text} findings={result.findings} />
        )}
      </div>
    </section>
  );
}
