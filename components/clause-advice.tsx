/** The policy clause a finding breaks, and what to do instead: the same words for text and photos. */
export function ClauseAdvice({
  clause,
  suggestion,
}: {
  clause: { text: string };
  suggestion?: string | undefined;
}) {
  return (
    <>
      <blockquote className="ssg-clause">
        <span className="ssg-clause-label">Policy: </span>
        {clause.text}
      </blockquote>
      {suggestion && (
        <p className="ssg-suggestion">
          <span className="ssg-suggestion-label">What to do instead: </span>
          {suggestion}
        </p>
      )}
    </>
  );
}
