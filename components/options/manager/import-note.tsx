/** What a chosen file did: a summary, and the problems found in it. */
export interface ImportNoteValue {
  summary: string;
  problems: readonly string[];
}

/** The outcome of a file import (a people CSV, the logo), announced politely to screen readers. */
export function ImportNote({ note }: { note: ImportNoteValue | undefined }) {
  return (
    <div role="status" className="ssg-mf-import-note">
      {note && (
        <>
          <p>{note.summary}</p>
          {note.problems.length > 0 && (
            <ul>
              {note.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
