import './manager.css';

export interface StatusLineProps {
  /** Work in progress, in words ("Signing…"), or null. */
  busy: string | null;
  notice: string | null;
  error: string | null;
}

/**
 * Progress and results, announced politely; errors assertively. Both regions are always in the
 * page, so screen readers announce what appears in them.
 */
export function StatusLine({ busy, notice, error }: StatusLineProps) {
  return (
    <>
      <div role="status" className="ssg-mf-status">
        {busy ? <p>{busy}</p> : notice && <p>{notice}</p>}
      </div>
      <div role="alert" className="ssg-mf-alert">
        {error && <p className="ssg-mf-error-box">{error}</p>}
      </div>
    </>
  );
}
