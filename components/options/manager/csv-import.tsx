import { ImportNote, type ImportNoteValue } from './import-note.tsx';
import './manager.css';

export type CsvImportNote = ImportNoteValue;

export interface CsvImportProps {
  /** The DOM id of the list's own control; the file input's id is made from it. */
  fieldDomId: string;
  kind: 'names' | 'family';
  note?: CsvImportNote;
  disabled?: boolean;
  onFile: (file: File) => void;
}

const HINTS = {
  names: 'One name per row; a header row is optional.',
  family: 'A header row naming the columns name, relation and child, then one person per row.',
};

/** "Add from a CSV file" for a people list, and what the import did. */
export function CsvImport({ fieldDomId, kind, note, disabled, onFile }: CsvImportProps) {
  const id = `${fieldDomId}-csv`;
  return (
    <div className="ssg-mf-import">
      <label htmlFor={id}>Add from a CSV file</label>
      <p id={`${id}-hint`} className="ssg-mf-hint">
        {HINTS[kind]}
      </p>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,text/plain"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <ImportNote note={note} />
    </div>
  );
}
