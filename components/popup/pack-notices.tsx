import type { PackState } from '../../lib/protocol/pack-schemas.ts';
import './pack-notices.css';

export interface PackNoticesProps {
  /** The rule pack's state; null while loading or when it could not be loaded. */
  pack: PackState | null;
  busy: boolean;
  /** Opens the options page, where staff read what the pack asks and confirm it. */
  onReadPack: () => void;
}

/** The background's reason as it words it, with one full stop after it. */
const sentence = (reason: string): string => `${reason.trim().replace(/[.\s]+$/, '')}.`;

/**
 * What staff should know about the rule pack: a new version to read, or a pack that was refused.
 * Nothing when all is well.
 */
export function PackNotices({ pack, busy, onReadPack }: PackNoticesProps) {
  if (!pack || (pack.acknowledged && !pack.lastRefusal)) return null;
  return (
    <section className="ssg-section" aria-labelledby="ssg-pack-notices-heading">
      <h2 id="ssg-pack-notices-heading">Rule pack</h2>
      {!pack.acknowledged && (
        <div className="ssg-pack-notice" data-testid="pack-changed">
          <p>Your setting&apos;s rule pack has changed (version {pack.active.version}).</p>
          <button type="button" disabled={busy} onClick={onReadPack}>
            Read what it asks
          </button>
        </div>
      )}
      {pack.lastRefusal && (
        <p className="ssg-warning" data-testid="pack-refused">
          A rule pack was refused: {sentence(pack.lastRefusal.reason)} The pack in force is unchanged.
        </p>
      )}
    </section>
  );
}
