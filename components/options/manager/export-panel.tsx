import { ErrorSummary, type ErrorSummaryProps } from './error-summary.tsx';
import { PassphrasePrompt } from './passphrase-forms.tsx';
import { StatusLine } from './status-line.tsx';
import './manager.css';

export interface ExportPanelProps {
  hasKey: boolean;
  /** Any key work or signing is under way: the button waits. */
  busy: boolean;
  signing: boolean;
  /** The file the export will save, when the form is ready. */
  fileName: string | null;
  error: string | null;
  notice: string | null;
  summary: ErrorSummaryProps;
  /** Resolves true when the pack was signed and saved. */
  onExport: (passphrase: string) => Promise<boolean>;
}

/** "Sign and download the pack": the passphrase, the problems that stop it, and how it went. */
export function ExportPanel(props: ExportPanelProps) {
  const { hasKey, busy, signing, fileName, error, notice, summary } = props;
  return (
    <div className="ssg-mf-export">
      <ErrorSummary {...summary} />
      {hasKey ? (
        <PassphrasePrompt
          label="Passphrase for your signing key"
          hint={fileName ? `Saves ${fileName} to your downloads.` : undefined}
          submitLabel="Sign and download the pack"
          busy={busy}
          onSubmit={props.onExport}
        />
      ) : (
        <p className="ssg-mf-warning">Create a signing key or restore one from its backup first (above).</p>
      )}
      <StatusLine busy={signing ? 'Signing…' : null} notice={notice} error={error} />
    </div>
  );
}
