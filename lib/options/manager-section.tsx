import { DraftBar } from '../../components/options/manager/draft-bar.tsx';
import { ExportPanel } from '../../components/options/manager/export-panel.tsx';
import { FieldGroup } from '../../components/options/manager/field-group.tsx';
import { KeyPanel } from '../../components/options/manager/key-panel.tsx';
import { PackForm } from '../../components/options/manager/pack-form.tsx';
import { TestBench } from '../../components/options/manager/test-bench.tsx';
import { fieldDomId } from '../../components/options/manager/types.ts';
import { MIN_PASSPHRASE_LENGTH } from '../pack-trust/encrypt-key.ts';
import { shortFingerprint } from '../pack-trust/keys.ts';
import { packFileName } from './manager/download.ts';
import {
  IDENTITY_FIELDS,
  PEOPLE_FIELDS,
  REPORT_FIELDS,
  RULE_FIELDS,
  SETTING_FIELDS,
} from './manager/fields.ts';
import { useManagerForm } from './manager/use-manager-form.ts';
import { usePackExport } from './manager/use-pack-export.ts';
import { useSigningKey } from './manager/use-signing-key.ts';
import { useTestBench } from './manager/use-test-bench.ts';
import { benchBlockers, summaryProblems, versionHint } from './manager/words.ts';

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
  const manager = useManagerForm();
  const { draft, form, validation, shown } = manager;
  const key = useSigningKey();
  const exporter = usePackExport();
  const bench = useTestBench(validation.benchPack);

  const onExport = async (passphrase: string): Promise<boolean> => {
    const { pack } = manager.attemptExport();
    if (!pack) {
      exporter.refuse('The pack was not signed: fix the problems listed above, then try again.');
      return false;
    }
    if (!key.backup) {
      exporter.refuse('Create a signing key or restore one from its backup first.');
      return false;
    }
    if (!(await exporter.signAndDownload(pack, key.backup, passphrase))) return false;
    manager.exported(pack.meta.version);
    return true;
  };

  const keyInfo = key.backup && { ...key.backup, shortFingerprint: shortFingerprint(key.backup.fingerprint) };
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
          <DraftBar saveState={draft.saveState} error={draft.error} onReset={manager.resetPolicy} />
          <PackForm
            specs={FORM_SPECS}
            values={form.values}
            errors={shown}
            onChange={manager.setValue}
            onBlur={manager.touch}
            importNotes={manager.importNotes}
            onImport={manager.importFile}
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
            onChange={manager.setValue}
            onBlur={manager.touch}
          >
            <ExportPanel
              hasKey={key.backup !== null}
              busy={key.busy !== null || exporter.signing}
              signing={exporter.signing}
              fileName={
                validation.pack && packFileName(validation.pack.meta.id, validation.pack.meta.version)
              }
              error={exporter.error}
              notice={exporter.notice}
              summary={{
                problems: manager.attempted ? summaryProblems(validation.problems) : [],
                focusSignal: manager.summarySignal,
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
