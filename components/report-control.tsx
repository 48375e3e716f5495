import './report-form.css';

export interface ReportControlProps {
  /** "Report this message from Jane Smith". */
  label: string;
  /** Viewport px of the control's top-left corner. */
  position: { top: number; left: number };
  onActivate: () => void;
  onPointerLeave: () => void;
}

/**
 * The small "Report" control the pointer finds beside a received message or a comment. It is a
 * pointer shortcut only, kept out of the Tab order (it lives at the end of the page, far from the
 * message): keyboard and screen-reader users reach the same form through the "Report a message"
 * button placed in the conversation itself (lib/content/report-keyboard.ts).
 */
export function ReportControl({ label, position, onActivate, onPointerLeave }: ReportControlProps) {
  return (
    <button
      type="button"
      className="ssg-report-control"
      tabIndex={-1}
      aria-label={label}
      data-testid="report-control"
      style={{ top: position.top, left: position.left }}
      onClick={onActivate}
      onPointerLeave={onPointerLeave}
    >
      Report
    </button>
  );
}
