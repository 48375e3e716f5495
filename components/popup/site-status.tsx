import type { GuardStatus, StoredEvent } from '../../lib/protocol/schemas.ts';
import { PLATFORM_WORDS, formatTime } from './words.ts';

export interface SiteStatusProps {
  /** The platform of the tab described; null for a site we do not check; undefined while finding out. */
  platform: StoredEvent['platform'] | null | undefined;
  /** null while loading (or when it could not be loaded). */
  status: GuardStatus | null;
  busy: boolean;
  onPause: () => void;
  onResume: () => void;
}

/** How long the pause button pauses for, in minutes. */
export const PAUSE_MINUTES = 10;

function statusLine(platform: SiteStatusProps['platform'], status: GuardStatus | null): string {
  if (platform === null) return 'This site is not checked';
  if (platform === undefined || status === null) return 'Loading…';
  const name = PLATFORM_WORDS[platform];
  if (status.pausedUntil !== null) return `Paused on ${name} until ${formatTime(status.pausedUntil)}`;
  return `Checking your posts on ${name}`;
}

/** Whether this site is checked or paused, the rule pack in force, and pause / resume. */
export function SiteStatus({ platform, status, busy, onPause, onResume }: SiteStatusProps) {
  const paused = status?.pausedUntil != null;
  return (
    <section className="ssg-section" aria-labelledby="ssg-site-heading">
      <h2 id="ssg-site-heading">This site</h2>
      {/* role="status" is a polite live region: pausing and resuming are announced. */}
      <p role="status" className="ssg-site-line" data-testid="site-status">
        {statusLine(platform, status)}
      </p>
      {platform && status && (
        <button type="button" disabled={busy} onClick={paused ? onResume : onPause}>
          {paused ? 'Resume now' : `Pause on this site for ${PAUSE_MINUTES} minutes`}
        </button>
      )}
      {status && (
        <p className="ssg-pack" data-testid="pack-line">
          Rule pack: {status.pack.setting}, version {status.pack.version}
        </p>
      )}
      {status?.packError && (
        <p className="ssg-warning" data-testid="pack-error">
          Your manager&apos;s rule pack could not be used ({status.packError}); the built-in policy applies.
        </p>
      )}
    </section>
  );
}
