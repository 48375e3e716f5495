import { useCallback, useMemo, useState } from 'react';
import { DraftBar } from '../../components/options/manager/draft-bar.tsx';
import { ExportPanel } from '../../components/options/manager/export-panel.tsx';
import { FieldGroup } from '../../components/options/manager/field-group.tsx';
import { KeyPanel } from '../../components/options/manager/key-panel.tsx';
import { PackForm } from '../../components/options/manager/pack-form.tsx';
import { TestBench } from '../../components/options/manager/test-bench.tsx';
import { fieldDomId, type FieldErrors } from '../../components/options/manager/types.ts';
import { MIN_PASSPHRASE_LENGTH } from '../pack-trust/encrypt-key.ts';
import { shortFingerprint } from '../pack-trust/keys.ts';
import { defaultPack } from '../pack/default-pack.ts';
import { packFileName } from './manager/download.ts';
import {
  IDENTITY_FIELDS,
  PEOPLE_FIELDS,
  REPORT_FIELDS,
  RULE_FIELDS,
  SETTING_FIELDS,
} from './manager/fields.ts';
import { policyValues } from './manager/form.ts';
import { benchBlockers, summaryProblems, versionHint } from './manager/words.ts';
import { useListImport } from './manager/use-list-import.ts';
import { useManagerDraft } from './manager/use-manager-draft.ts';
import { usePackExport } from './manager/use-pack-export.ts';
import { useSigningKey } from './manager/use-signing-key.ts';
import { useTestBench } from './manager/use-test-bench.ts';
import { localDate, validateForm } from './manager/validate.ts';

const FORM_SPECS = {
  setting: SETTING_FIELDS,
  people: PEOPLE_FIELDS,
  rules: RULE_FIELDS,
  reports: REPORT_FIELDS,
};

const goTo = (field: string) => {
  const control = document.getElementById(fieldDomId(field));
  control?.scrollIntoView({ block: 'center' });
  control?.focus();
};

/** Managers: build the pack from the setting's profile, test it, sign it and export it. */
export function ManagerSection() {
  const draft = useManagerDraft();
  const { form, setValue, update } = draft;
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  /** After a first export attempt every problem shows, touched or not. */
  const [attempted, setAttempted] = useState(false);
  const [summarySignal, setSummarySignal] = useState(0);
  const validation = useMemo(() => validateForm(form.values, localDate()), [form.values]);
  const shown: FieldErrors = useMemo(
    () =>
      attempted
        ? validation.byField
        : Object.fromEntries(Object.entries(validation.byField).filter(([field]) => touched.has(field))),
    [attempted, touched, validation.byField],
  );
  const key = useSigningKey();
  const exporter = usePackExport();
  const bench = useTestBench(validation.benchPack);
  const current = useCallback((field: string) => form.values[field] ?? '', [form.values]);
  const imports = useListImport(current, setValue);

  const touch = useCallback(
    (field: string) => setTouched((all) => (all.has(field) ? all : new Set(all).add(field))),
    [],
  );
  const onImport = (field: string, kind: 'names' | 'family', file: File) => {
    touch(field);
    void imports.importFile(field, kind, file);
  };
  const onReset = () => {
    update((f) => ({ ...f, values: { ...f.values, ...policyValues(defaultPack) } }));
    setTouched(new Set());
  };

  const onExport = async (passphrase: string): Promise<boolean> => {
    setAttempted(true);
    const ready = validateForm(form.values, localDate());
    if (!ready.pack) {
      setSummarySignal((n) => n + 1);
      exporter.refuse('The pack was not signed: fix the problems listed above, then try again.');
      return false;
    }
    if (!key.backup) {
      exporter.refuse('Create a signing key or restore one from its backup first.');
      return false;
    }
    const version = ready.pack.meta.version;
    if (!(await exporter.signAndDownload(ready.pack, key.backup, passphrase))) return false;
    update((f) => ({
      lastExportedVersion: version,
      values: { ...f.values, 'meta.version': String(version + 1) },
    }));
    return true;
  };

  const keyInfo = key.backup && { ...key.backup, shortFingerprint: shortFingerprint(key.backup.fingerprint) };
  const anyBusy = key.busy !== null || exporter.signing;
  return (
    <section aria-labelledby="manager-heading" className="ssg-manager">
      <h2 id="manager-heading">For managers: build and sign a rule pack</h2>
      <p>
        Describe your setting and its people, set each rule, try posts against the pack, then sign it with
        your key and give the file to staff.
      </p>
      {!draft.loaded ? (
        <p>Loading your draft…</p>
      ) : (
        <>
          <DraftBar saveState={draft.saveState} error={draft.error} onReset={onReset} />
          <PackForm
            specs={FORM_SPECS}
            values={form.values}
            errors={shown}
            onChange={setValue}
            onBlur={touch}
            importNotes={imports.notes}
            onImport={onImport}
          />
          <TestBench
            input={bench.input}
            onInput={bench.setInput}
            result={bench.result}
            blockers={benchBlockers(validation)}
          />
          <KeyPanel
            keyInfo={keyInfo}
            loaded={key.loaded}
            busy={key.busy ?? (exporter.signing ? 'signing' : null)}
            error={key.error}
            notice={key.notice}
            minLength={MIN_PASSPHRASE_LENGTH}
            restoring={key.pendingRestore !== null}
            onCreate={key.create}
            onChooseRestore={(file) => void key.chooseRestoreFile(file)}
            onConfirmRestore={key.confirmRestore}
            onCancelRestore={key.cancelRestore}
            onDownload={key.downloadBackup}
            onCopy={key.copyPublicKey}
          />
          <FieldGroup
            legend="Sign and export the pack"
            specs={IDENTITY_FIELDS}
            values={form.values}
            errors={shown}
            extraHints={versionHint(form)}
            onChange={setValue}
            onBlur={touch}
          >
            <ExportPanel
              hasKey={key.backup !== null}
              busy={anyBusy}
              signing={exporter.signing}
              fileName={
                validation.pack && packFileName(validation.pack.meta.id, validation.pack.meta.version)
              }
              error={exporter.error}
              notice={exporter.notice}
              summary={{
                problems: attempted ? summaryProblems(validation.problems) : [],
                focusSignal: summarySignal,
                onGoTo: goTo,
              }}
              onExport={onExport}
            />
          </FieldGroup>
        </>
      )}
    </section>
  );
}
