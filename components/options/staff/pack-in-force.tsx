import { shortFingerprint } from '../../../lib/pack-trust/keys.ts';
import type { StaffPackState } from './types.ts';
import { SOURCE_WORDS, formatDateTime } from './words.ts';

/** The rule pack in force: whose, which version, from where, since when and signed by which key. */
export function PackInForce({ active }: { active: StaffPackState['active'] }) {
  return (
    <section className="ssg-sp-part" aria-labelledby="ssg-in-force-heading">
      <h3 id="ssg-in-force-heading">In force</h3>
      <dl className="ssg-sp-facts" data-testid="pack-in-force">
        <dt>Setting</dt>
        <dd data-testid="in-force-setting">{active.setting}</dd>
        <dt>Version</dt>
        <dd data-testid="in-force-version">{active.version}</dd>
        <dt>Issued by</dt>
        <dd>{active.issuer}</dd>
        <dt>Source</dt>
        <dd data-testid="in-force-source">{SOURCE_WORDS[active.source]}</dd>
        <dt>Installed</dt>
        <dd>{active.installedAt === null ? 'With the extension' : formatDateTime(active.installedAt)}</dd>
        {active.fingerprint !== null && (
          <>
            <dt>Signing key</dt>
            <dd>
              <span className="ssg-sp-fingerprint" data-testid="in-force-fingerprint">
                {shortFingerprint(active.fingerprint)}
              </span>{' '}
              <span className="ssg-sp-full-fingerprint">(full fingerprint: {active.fingerprint})</span>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
