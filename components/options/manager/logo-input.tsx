import type { ControlCommon } from './field-control.tsx';
import { ImportNote, type ImportNoteValue } from './import-note.tsx';
import './photos.css';

export interface LogoInputProps extends ControlCommon {
  /** The logo as a data: URL, or '' for none. */
  value: string;
  /** What the last file chosen did: added, or refused and why. */
  note?: ImportNoteValue | undefined;
  onFile: (file: File) => void;
  onRemove: () => void;
}

/** The uniform's logo: choose an image file, see it, remove it. Reading the file is the caller's. */
export function LogoInput({ value, note, onFile, onRemove, ...common }: LogoInputProps) {
  return (
    <div className="ssg-mf-logo">
      <input
        {...common}
        type="file"
        accept="image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          // Cleared, so choosing the same file again (after removing it) still counts as a choice.
          e.target.value = '';
        }}
      />
      {value && (
        <figure className="ssg-mf-logo-preview">
          <img src={value} alt="The uniform logo in this pack" />
          <figcaption>
            <button type="button" onClick={onRemove}>
              Remove the logo
            </button>
          </figcaption>
        </figure>
      )}
      <ImportNote note={note} />
    </div>
  );
}
