import { Fragment, useId } from 'react';
import { CATEGORY_IDS, type Category } from '../lib/pack/ids.ts';
import type { WireFinding } from '../lib/protocol/schemas.ts';
import { buildExcerpts } from './excerpt.ts';
import './finding-list.css';
import { ClauseAdvice } from './clause-advice.tsx';

/** What each category is about, as staff read it in the dialog. */
export const CATEGORY_TITLES: Record<Category, string> = {
  'setting-name': 'Names the setting',
  'work-comment': 'About work',
  'child-info': 'About a child',
  'parent-contact': 'Private message to a parent',
  'foul-language': 'Foul language',
  reputation: "Could harm the setting's reputation",
};

/** Characters of the draft shown either side of a flagged span. */
const EXCERPT_RADIUS = 60;
const MAX_EXCERPTS = 3;

export interface FindingListProps {
  /** The draft exactly as typed; rendered as text only, never as HTML. */
  text: string;
  findings: WireFinding[];
}

function FindingItem({ text, finding }: { text: string; finding: WireFinding }) {
  const excerpts = buildExcerpts(text, finding.spans, EXCERPT_RADIUS, MAX_EXCERPTS);
  return (
    <div className="ssg-finding" data-severity={finding.severity} data-rule={finding.ruleId}>
      <p className="ssg-finding-message">{finding.message}</p>
      {excerpts.length > 0 && (
        <div className="ssg-excerpts">
          <p className="ssg-excerpts-label">In your draft:</p>
          {excerpts.map((excerpt, i) => (
            <p key={i} className="ssg-excerpt" dir="auto">
              {excerpt.map((segment, j) =>
                segment.marked ? (
                  <mark key={j}>{segment.text}</mark>
                ) : (
                  <Fragment key={j}>{segment.text}</Fragment>
                ),
              )}
            </p>
          ))}
        </div>
      )}
      <ClauseAdvice clause={finding.clause} suggestion={finding.suggestion} />
    </div>
  );
}

/** The findings grouped by category, in the order of CATEGORY_IDS, each group under its own heading. */
export function FindingList({ text, findings }: FindingListProps) {
  const idBase = useId();
  const groups = CATEGORY_IDS.map((category) => ({
    category,
    items: findings.filter((f) => f.category === category),
  })).filter((group) => group.items.length > 0);
  return (
    <div className="ssg-findings">
      {groups.map(({ category, items }) => (
        <section
          key={category}
          className="ssg-finding-group"
          data-category={category}
          aria-labelledby={`${idBase}-${category}`}
        >
          <h3 id={`${idBase}-${category}`} className="ssg-finding-title">
            {CATEGORY_TITLES[category]}
          </h3>
          {items.map((finding, i) => (
            <FindingItem key={`${finding.ruleId}-${i}`} text={text} finding={finding} />
          ))}
        </section>
      ))}
    </div>
  );
}
