import { CATEGORY_IDS, type Category } from '../../../lib/pack/ids.ts';
import type { CsvImportNote } from './csv-import.tsx';
import { FieldGroup } from './field-group.tsx';
import { RuleEditor } from './rule-editor.tsx';
import type { FieldErrors, FieldSpec, FileKind, FormValues } from './types.ts';
import './manager.css';

export interface PackFormSpecs {
  setting: readonly FieldSpec[];
  people: readonly FieldSpec[];
  rules: Readonly<Record<Category, readonly FieldSpec[]>>;
  reports: readonly FieldSpec[];
}

export interface PackFormProps {
  specs: PackFormSpecs;
  values: FormValues;
  errors: FieldErrors;
  onChange: (field: string, value: string) => void;
  onBlur: (field: string) => void;
  importNotes: Readonly<Record<string, CsvImportNote>>;
  onImport: (field: string, kind: FileKind, file: File) => void;
}

/** The setting's details, its photo settings, its people, the six rules and where reports go. */
export function PackForm({ specs, values, errors, onChange, onBlur, importNotes, onImport }: PackFormProps) {
  const shared = { values, errors, onChange, onBlur };
  const photos = specs.setting.filter((spec) => spec.group === 'photos');
  return (
    <div className="ssg-mf-form">
      <FieldGroup legend="Your setting" specs={specs.setting.filter((spec) => !spec.group)} {...shared} />
      {photos.length > 0 && (
        <FieldGroup
          legend="Photos"
          specs={photos}
          importNotes={importNotes}
          onImport={onImport}
          intro={
            <p className="ssg-mf-intro">
              Staff&apos;s photos are checked on their device as they attach them: for where a photo was
              taken, people in it, the setting&apos;s name and the work uniform. The location, colours and
              logo are optional: each one you give lets the guard say more.
            </p>
          }
          {...shared}
        />
      )}
      <FieldGroup
        legend="People"
        specs={specs.people}
        importNotes={importNotes}
        onImport={onImport}
        intro={
          <p className="ssg-mf-intro">
            Names are checked on the device, in each member of staff&apos;s browser. Paste them one per line,
            or add them from a CSV file exported from your register.
          </p>
        }
        {...shared}
      />
      <section className="ssg-mf-rules" aria-labelledby="ssg-mf-rules-heading">
        <h3 id="ssg-mf-rules-heading">Rules</h3>
        <p className="ssg-mf-intro">
          One rule for each kind of problem: how firmly staff are stopped, what they are told, and the clause
          of your policy it enforces, quoted.
        </p>
        {CATEGORY_IDS.map((category) => (
          <RuleEditor key={category} category={category} specs={specs.rules[category]} {...shared} />
        ))}
      </section>
      <FieldGroup legend="Where safeguarding reports go" specs={specs.reports} {...shared} />
    </div>
  );
}
