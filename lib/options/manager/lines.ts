import { parseCsv, type FamilyRow } from './csv.ts';

// The manager's lists are textareas, one item per line: reading them, writing them, adding to them. Pure.

/** The non-blank lines of a textarea, trimmed, with their line numbers. */
export function splitLines(text: string): { items: string[]; lines: number[] } {
  const items: string[] = [];
  const lines: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const item = raw.trim();
    if (!item) return;
    items.push(item);
    lines.push(i + 1);
  });
  return { items, lines };
}

/** One family line, "name, relation, child" (or tab-separated, as pasted from a spreadsheet). */
export function parseFamilyLine(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((s) => s.trim());
  return (parseCsv(line).rows[0]?.cells ?? []).map((s) => s.trim());
}

const quoteCell = (s: string) => (/[",\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const formatFamilyLine = (m: FamilyRow): string =>
  [m.name, m.relation, m.child].map(quoteCell).join(', ');

/** Adds items to a list's text, skipping any already there (ignoring case and spacing). */
export function appendItems(
  text: string,
  additions: readonly string[],
): { text: string; added: number; skipped: number } {
  const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const seen = new Set(splitLines(text).items.map(key));
  const fresh = additions.filter((item) => {
    const k = key(item);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const base = text.replace(/\s+$/, '');
  return {
    text: fresh.length === 0 ? text : [base, ...fresh].filter(Boolean).join('\n'),
    added: fresh.length,
    skipped: additions.length - fresh.length,
  };
}
