import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Outcome,
  PendingTrust,
  PreparedRecord,
  StaffArea,
  StaffPackState,
  StaffPackViewProps,
} from '../../../components/options/staff/types.ts';
import { asSentence } from '../../../components/options/staff/words.ts';
import { sendMessage } from '../../messaging/send-message.ts';
import { PACK_TEXT_MAX, type Acknowledgement } from '../../protocol/pack-schemas.ts';
import { buildConfirmationRecord, checkName } from './confirmation-record.ts';
import { checkPackUrl } from './pack-url.ts';
import { policySummary } from './policy-summary.ts';

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const UNCHANGED = 'The pack in force is unchanged.';
const MANAGED = 'Your organisation manages this rule pack, so it cannot be changed here.';
/** The background's answer when a link still serves the version in force (lib/handlers/pack-install.ts). */
const NOTHING_NEW = 'no newer version';
const COMPARE = 'Compare the fingerprint below before anything is installed.';

const done = (text: string): Outcome => ({ kind: 'done', text });
const refused = (text: string): Outcome => ({ kind: 'refused', text });
const invalid = (text: string): Outcome => ({ kind: 'invalid', text });

/**
 * A first pack from a key, kept in memory until staff answer "Trust this key and install": the
 * file's text, or the link to subscribe to again with the accepted fingerprint.
 */
type Pending =
  (PendingTrust & { via: 'import'; text: string }) | (PendingTrust & { via: 'link'; url: string });

/** A downloadable copy of a text, as a blob: URL (revoked when the record is replaced or the page closes). */
const blobUrl = (text: string, type: string): string =>
  URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));

/** Loads the rule pack state and the person's confirmations through the background, and runs the section's actions. */
export function useStaffPack(): StaffPackViewProps {
  const [state, setState] = useState<StaffPackState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [acknowledgements, setAcknowledgements] = useState<Acknowledgement[] | null>(null);
  const [acknowledgementsError, setAcknowledgementsError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [record, setRecord] = useState<PreparedRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Partial<Record<StaffArea, Outcome>>>({});

  // One message at a time, next to the part it is about: an older one elsewhere would be stale.
  const say = useCallback((area: StaffArea, outcome: Outcome) => setOutcomes({ [area]: outcome }), []);

  const refresh = useCallback(async () => {
    await Promise.all([
      sendMessage('getPackState', {}).then(
        (loaded) => {
          setState(loaded);
          setLoadError(null);
        },
        (error: unknown) => setLoadError(describeError(error)),
      ),
      sendMessage('getAcknowledgements', {}).then(
        (loaded) => {
          setAcknowledgements(loaded.acknowledgements);
          setAcknowledgementsError(null);
        },
        (error: unknown) => setAcknowledgementsError(describeError(error)),
      ),
    ]);
  }, []);

  useEffect(() => {
    void refresh();
    // The pack may change while the page is open in a background tab (a link checked, the popup
    // acknowledged, another tab imported a file): look again when the person comes back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  // Blob URLs hold their text in memory until revoked.
  useEffect(
    () => () => {
      if (record) {
        URL.revokeObjectURL(record.text.href);
        URL.revokeObjectURL(record.json.href);
      }
    },
    [record],
  );

  /** Runs one action at a time: shows its progress, then its outcome, then the state as it now is. */
  const busyRef = useRef(false);
  const run = useCallback(
    (area: StaffArea, progress: string, action: () => Promise<Outcome>, failed: string, reload = true) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      say(area, { kind: 'progress', text: progress });
      void action()
        .then(
          (outcome) => say(area, outcome),
          (error: unknown) => say(area, refused(`${failed}: ${asSentence(describeError(error))}`)),
        )
        .then(() => (reload ? refresh() : undefined))
        .finally(() => {
          busyRef.current = false;
          setBusy(false);
        });
    },
    [refresh, say],
  );

  const managed = state?.managed ?? false;

  const install = useCallback(
    (text: string, acceptFingerprint: string | null) =>
      sendMessage('installPackFile', { text, acceptFingerprint }).then((result) =>
        result.ok
          ? done(
              `Version ${result.version} is now in force. Read “What the policy asks”, then choose “I have read this”.`,
            )
          : refused(`The rule pack was refused: ${asSentence(result.reason)} ${UNCHANGED}`),
      ),
    [],
  );

  const onFile = useCallback(
    (file: File) => {
      setPending(null);
      if (managed) return say('import', refused(MANAGED));
      if (file.size > PACK_TEXT_MAX) {
        const mb = (file.size / 1_000_000).toFixed(1);
        return say(
          'import',
          invalid(
            `${file.name} is ${mb} MB; a rule pack is at most 1 MB. Check that you chose the file your manager sent.`,
          ),
        );
      }
      run(
        'import',
        `Checking ${file.name}…`,
        async () => {
          const text = await file.text();
          const preview = await sendMessage('previewPackFile', { text });
          if (!preview.ok)
            return refused(`${file.name} was refused: ${asSentence(preview.reason)} ${UNCHANGED}`);
          if (preview.needsTrust) {
            const { fingerprint, version, setting, issuer } = preview;
            setPending({ via: 'import', text, from: file.name, fingerprint, version, setting, issuer });
            return { kind: 'progress', text: COMPARE };
          }
          return install(text, null);
        },
        `${file.name} could not be checked`,
      );
    },
    [install, managed, run, say],
  );

  const subscribe = useCallback(async (url: string, acceptFingerprint: string | null): Promise<Outcome> => {
    const result = await sendMessage('subscribePack', { url, acceptFingerprint });
    if (result.ok) return done(`Following the link. Version ${result.version} is in force.`);
    if ('needsTrust' in result) {
      const { fingerprint, version, setting } = result;
      setPending({ via: 'link', url, from: url, fingerprint, version, setting, issuer: null });
      return { kind: 'progress', text: COMPARE };
    }
    return refused(`The link was not followed: ${asSentence(result.reason)} ${UNCHANGED}`);
  }, []);

  const onTrust = useCallback(() => {
    if (!pending) return;
    setPending(null);
    if (pending.via === 'import') {
      const { text, fingerprint } = pending;
      run('import', 'Installing…', () => install(text, fingerprint), 'The pack could not be installed');
    } else {
      const { url, fingerprint } = pending;
      run(
        'link',
        'Fetching the rule pack from the link…',
        () => subscribe(url, fingerprint),
        'The link could not be followed',
      );
    }
  }, [install, pending, run, subscribe]);

  const onCancelTrust = useCallback(() => {
    if (!pending) return;
    setPending(null);
    say(pending.via, done(`Cancelled: nothing was installed. ${UNCHANGED}`));
  }, [pending, say]);

  const onFollow = useCallback(
    (typed: string) => {
      if (managed) return say('link', refused(MANAGED));
      const checked = checkPackUrl(typed);
      if (!checked.ok) return say('link', invalid(checked.problem));
      setPending(null);
      run(
        'link',
        'Fetching the rule pack from the link…',
        () => subscribe(checked.url, null),
        'The link could not be followed',
      );
    },
    [managed, run, say, subscribe],
  );

  const onCheckNow = useCallback(() => {
    run(
      'link',
      'Checking…',
      async () => {
        const result = await sendMessage('checkPackNow', {});
        if (result.ok) return done(`Checked: version ${result.version} is now in force.`);
        // "no newer version" is the everyday answer, not a refusal.
        if (result.reason === NOTHING_NEW) return done(`Checked: there is no newer version. ${UNCHANGED}`);
        return refused(`Not updated: ${asSentence(result.reason)} ${UNCHANGED}`);
      },
      'The link could not be checked',
    );
  }, [run]);

  const onUnfollow = useCallback(() => {
    if (managed) return say('link', refused(MANAGED));
    run(
      'link',
      'Stopping…',
      async () => {
        await sendMessage('unsubscribePack', {});
        return done(`You no longer follow the link. ${UNCHANGED}`);
      },
      'Could not stop following the link',
    );
  }, [managed, run, say]);

  const version = state?.active.version;
  const onAcknowledge = useCallback(() => {
    if (version === undefined) return;
    run(
      'read',
      'Saving your confirmation…',
      async () => {
        await sendMessage('acknowledgePack', { version });
        return done(
          `Thank you. Your confirmation that you read version ${version} is listed under “My confirmations”.`,
        );
      },
      'Your confirmation could not be saved',
    );
  }, [run, version]);

  const onExport = useCallback(
    (typed: string) => {
      const name = checkName(typed);
      if (!name.ok) return say('export', invalid(name.problem));
      const list = acknowledgements ?? [];
      if (list.length === 0) return say('export', invalid('There are no confirmations to export yet.'));
      run(
        'export',
        'Preparing your record…',
        async () => {
          const built = await buildConfirmationRecord({
            name: name.name,
            acknowledgements: list,
            exportedAt: Date.now(),
          });
          setRecord({
            sha256: built.sha256,
            text: { href: blobUrl(built.text, 'text/plain'), fileName: `${built.baseName}.txt` },
            json: { href: blobUrl(built.json, 'application/json'), fileName: `${built.baseName}.json` },
          });
          return done('Your record is ready: download both files below.');
        },
        'The record could not be prepared',
        false,
      );
    },
    [acknowledgements, run, say],
  );

  const clauses = state?.active.clauses;
  const summary = useMemo(() => policySummary(clauses ?? []), [clauses]);

  return {
    state,
    loadError,
    summary,
    acknowledgements,
    acknowledgementsError,
    pendingTrust: pending,
    record,
    busy,
    outcomes,
    onFile,
    onTrust,
    onCancelTrust,
    onFollow,
    onCheckNow,
    onUnfollow,
    onAcknowledge,
    onExport,
  };
}
