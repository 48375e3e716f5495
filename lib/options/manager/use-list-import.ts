import { useCallback, useState } from 'react';
import { importFamily, importNames } from './csv.ts';
import { readTextFile } from './download.ts';
import { appendItems, formatFamilyLine } from './lines.ts';

const MAX_CSV_BYTES = 2_000_000;

/** What an import did, in words: how many were added, and each row it could not read. */
export interface ImportNote {
  summary: string;
  problems: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Fills a people list from a CSV file: the rows it reads are added to the list (skipping any
 * already there), and the rows it cannot read are listed with their line numbers.
 */
export function useListImport(
  current: (field: string) => string,
  setValue: (field: string, value: string) => void,
) {
  const [notes, setNotes] = useState<Readonly<Record<string, ImportNote>>>({});

  const importFile = useCallback(
    async (field: string, kind: 'names' | 'family', file: File) => {
      let note: ImportNote;
      try {
        const text = await readTextFile(file, MAX_CSV_BYTES);
        const result =
          kind === 'names'
            ? importNames(text)
            : (({ items, problems }) => ({ items: items.map(formatFamilyLine), problems }))(
                importFamily(text),
              );
        const merged = appendItems(current(field), result.items);
        if (merged.added > 0) setValue(field, merged.text);
        const already =
          merged.skipped > 0 ? ` (${plural(merged.skipped, 'was', 'were')} already listed)` : '';
        note = {
          summary: `Added ${plural(merged.added, 'entry', 'entries')} from ${file.name}${already}.${
            result.problems.length > 0
              ? ` ${plural(result.problems.length, 'row', 'rows')} could not be read:`
              : ''
          }`,
          problems: result.problems.map((p) => `Line ${p.line}: ${p.message}`),
        };
      } catch (reason) {
        note = { summary: reason instanceof Error ? reason.message : String(reason), problems: [] };
      }
      setNotes((all) => ({ ...all, [field]: note }));
    },
    [current, setValue],
  );

  return { notes, importFile };
}
