import { useState, type FormEvent } from 'react';
import type { Acknowledgement } from '../../../lib/protocol/pack-schemas.ts';
import { LiveStatus } from './live-status.tsx';
import type { Outcome, PreparedRecord } from './types.ts';
import { formatDateTime } from './words.ts';

export interface MyConfirmationsProps {
  acknowledgements: readonly Acknowledgement[] | null;
  error: string | null;
  record: PreparedRecord | null;
  busy: boolean;
  outcome: Outcome | undefined;
  onExport: (name: string) => void;
}

function ConfirmationTable({ acknowledgements }: { acknowledgements: readonly Acknowledgement[] }) {
  const newestFirst = [...acknowledgements].sort((a, b) => b.at - a.at);
  return (
    <table className="ssg-sp-confirmations" data-testid="confirmations">
      <caption>Versions you confirmed reading, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Setting</th>
          <th scope="col">Confirmed on</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((ack) => (
          <tr key={`${ack.packId}-${ack.version}-${ack.at}`}>
            <td>{ack.version}</td>
            <td>{ack.setting}</td>
            <td>
              <time dateTime={new Date(ack.at).toISOString()}>{formatDateTime(ack.at)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The versions this person confirmed reading, and a record of them to give the manager. */
export function MyConfirmations({
  acknowledgements,
  error,
  record,
  busy,
  outcome,
  onExport,
}: MyConfirmationsProps) {
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState('');
  const none = !acknowledgements || acknowledgements.length === 0;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onExport(name);
  };
  return (
    <section className="ssg-sp-part" aria-labelledby="ssg-confirmations-heading">
      <h3 id="ssg-confirmations-heading">My confirmations</h3>
      {error ? (
        <p className="ssg-sp-live-refused">Your confirmations could not be loaded: {error}</p>
      ) : acknowledgements === null ? (
        <p>Loading…</p>
      ) : acknowledgements.length === 0 ? (
        <p data-testid="no-confirmations">You have not confirmed reading any version yet.</p>
      ) : (
        <ConfirmationTable acknowledgements={acknowledgements} />
      )}
      {!asking ? (
        <button type="button" disabled={busy || none} onClick={() => setAsking(true)}>
          Export my confirmations
        </button>
      ) : (
        <form noValidate onSubmit={submit} className="ssg-sp-export" aria-labelledby="ssg-export-heading">
          <h4 id="ssg-export-heading">Export my confirmations</h4>
          <label htmlFor="ssg-export-name">Your full name</label>
          <p id="ssg-export-name-hint" className="ssg-sp-hint">
            It goes only into the record you download, for your manager; the extension does not keep it.
          </p>
          <input
            id="ssg-export-name"
            type="text"
            autoComplete="name"
            maxLength={100}
            value={name}
            // The person chose to export: their name is the one thing to type.
            autoFocus
            aria-invalid={outcome?.kind === 'invalid'}
            aria-describedby="ssg-export-name-hint ssg-export-status"
            onChange={(event) => setName(event.target.value)}
          />{' '}
          <button type="submit" className="ssg-sp-primary" disabled={busy || none}>
            Create the record
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Close
          </button>
        </form>
      )}
      <LiveStatus id="ssg-export-status" outcome={outcome} testId="export-status" />
      {asking && record && (
        <div className="ssg-sp-record" data-testid="record">
          <p>Download both files and give them to your manager. Sign the statement if they ask you to.</p>
          <ul>
            <li>
              <a href={record.text.href} download={record.text.fileName}>
                Statement to sign ({record.text.fileName})
              </a>
            </li>
            <li>
              <a href={record.json.href} download={record.json.fileName}>
                The same record as data, with its checksum ({record.json.fileName})
              </a>
            </li>
          </ul>
          <p className="ssg-sp-hint">
            Checksum (SHA-256): <code data-testid="record-sha256">{record.sha256}</code>. It lets your manager
            check that the two files match and were not edited after you exported them.
          </p>
        </div>
      )}
    </section>
  );
}
