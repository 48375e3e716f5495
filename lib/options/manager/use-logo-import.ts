import { useCallback, useState } from 'react';
import { kiloBytes, logoDataUrl, logoSizeProblem } from './logo.ts';
import type { ImportNote } from './use-list-import.ts';

/** Reads a file as a data: URL, as the browser holds it. */
function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The uniform's logo from an image file the manager chooses: kept in the field as a data: URL, or
 * refused (too large, not an image) with what to do instead. A refused file leaves the logo as it was.
 */
export function useLogoImport(setValue: (field: string, value: string) => void) {
  const [notes, setNotes] = useState<Readonly<Record<string, ImportNote>>>({});

  const importLogo = useCallback(
    async (field: string, file: File) => {
      const refused = (problem: string): ImportNote => ({
        summary: 'The logo was not changed:',
        problems: [problem],
      });
      let note: ImportNote;
      // Checked before reading, so a huge photo chosen by mistake is never read into memory.
      const tooBig = logoSizeProblem(file.size);
      if (tooBig) note = refused(tooBig);
      else {
        try {
          const read = logoDataUrl(await readDataUrl(file), file.name);
          if ('problem' in read) note = refused(read.problem);
          else {
            setValue(field, read.url);
            note = { summary: `Added ${file.name} (${kiloBytes(file.size)}) as the logo.`, problems: [] };
          }
        } catch (reason) {
          note = refused(`${file.name} could not be read (${String(reason)}).`);
        }
      }
      setNotes((all) => ({ ...all, [field]: note }));
    },
    [setValue],
  );

  /** Forgets what the last file did, once the logo is changed another way (removed). */
  const clearNote = useCallback(
    (field: string) =>
      setNotes((all) =>
        field in all ? Object.fromEntries(Object.entries(all).filter(([f]) => f !== field)) : all,
      ),
    [],
  );

  return { notes, importLogo, clearNote };
}
