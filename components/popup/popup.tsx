import type { PackState } from '../../lib/protocol/pack-schemas.ts';
import type { GuardStatus, HistorySummary } from '../../lib/protocol/schemas.ts';
import { ClearHistory } from './clear-history.tsx';
import { EventList } from './event-list.tsx';
import { PackNotices } from './pack-notices.tsx';
import './popup.css';
import { ReportList, type ReportListProps } from './report-list.tsx';
import { SiteStatus, type SiteStatusProps } from './site-status.tsx';
import { TodaySummary } from './today-summary.tsx';

/** How many events the background lists (lib/handlers/history.ts RECENT_COUNT). */
const LISTED = 20;

export interface PopupProps {
  platform: SiteStatusProps['platform'];
  status: GuardStatus | null;
  history: HistorySummary | null;
  /** A failure fit to show staff, or null. */
  error: string | null;
  /** An action is in flight: its buttons are disabled. */
  busy: boolean;
  /** Epoch ms when the history was loaded. */
  now: number;
  onPause: () => void;
  onResume: () => void;
  onClear: () => void;
  /** The rule pack's state, for its notices (a new version to read, a refused pack); null while loading. */
  pack?: PackState | null;
  /** Opens the options page to read the rule pack. */
  onReadPack?: () => void;
  /** The safeguarding reports' outbox; the section is left out when absent. */
  reports?: ReportListProps;
}

/** The toolbar popup: this site's status, safeguarding reports, today's counts and the latest warnings. */
export function Popup(props: PopupProps) {
  const { platform, status, history, error, busy, now, onPause, onResume, onClear } = props;
  return (
    <main className="ssg-popup">
      <h1>Staff Social Guard</h1>
      {error && (
        <p role="alert" className="ssg-error">
          Something went wrong: {error}
        </p>
      )}
      <SiteStatus platform={platform} status={status} busy={busy} onPause={onPause} onResume={onResume} />
      <PackNotices pack={props.pack ?? null} busy={busy} onReadPack={props.onReadPack ?? (() => undefined)} />
      {props.reports && <ReportList {...props.reports} />}
      <TodaySummary today={history?.today ?? null} />
      <section className="ssg-section" aria-labelledby="ssg-recent-heading">
        <h2 id="ssg-recent-heading">Last {LISTED} events</h2>
        <EventList events={history?.recent ?? null} now={now} />
        {history && history.recent.length > 0 && (
          <ClearHistory
            count={history.recent.length}
            more={history.recent.length >= LISTED}
            busy={busy}
            onClear={onClear}
          />
        )}
      </section>
    </main>
  );
}
