// CSV files of people for the manager's form: a small RFC 4180 reader (quotes, doubled quotes,
// commas and line breaks inside quotes, CRLF, a byte-order mark) and the two imports built on it.
// Pure: no DOM, no React.

export interface CsvRow {
  /** The file's line number (from 1) where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvTable {
  rows: CsvRow[];
  problems: CsvProblem[];
}

/** Splits CSV text into rows of cells. Blank lines give no row; a quote left open is reported. */
export function parseCsv(text: string): CsvTable {
  const src = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) problems.push({ line: quoteLine, message: 'a quotation mark is opened but never closed' });
  endRow();
  return { rows, problems };
}

export interface ImportResult<T> {
  items: T[];
  /** Rows that could not be read, each naming its line. */
  problems: CsvProblem[];
}

const NAME_HEADERS = /^(full )?names?$|^(staff|child|children|pupil|person)( (full )?name)?$/i;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Staff or children: one name per row, with an optional header row. When the header names a
 * "name" column, that column is read and the others ignored (a register with extra columns).
 */
export function importNames(text: string): ImportResult<string> {
  const { rows, problems } = parseCsv(text);
  const header = rows[0]?.cells.map(clean) ?? [];
  const column = header.findIndex((h) => NAME_HEADERS.test(h));
  const body = column >= 0 ? rows.slice(1) : rows;
  const items: string[] = [];
  for (const { line, cells } of body) {
    const filled = cells.map(clean).filter(Boolean);
    const name = column >= 0 ? clean(cells[column] ?? '') : filled.length === 1 ? filled[0] : undefined;
    if (name) items.push(name);
    else if (column >= 0) problems.push({ line, message: `the "${header[column]}" column is empty` });
    else problems.push({ line, message: `expected one name, found ${filled.length} columns` });
  }
  return { items, problems: problems.sort((a, b) => a.line - b.line) };
}

export interface FamilyRow {
  name: string;
  relation: string;
  child: string;
}

const FAMILY_HEADERS: Record<keyof FamilyRow, RegExp> = {
  name: /^(full )?name$|^(parent|carer|family member|contact)( name)?$/i,
  relation: /^relation(ship)?( to child)?$/i,
  child: /^child('s)?( name)?$/i,
};

/** Parents and family: a header row naming the columns name, relation and child, in any order. */
export function importFamily(text: string): ImportResult<FamilyRow> {
  const { rows, problems } = parseCsv(text);
  const [head, ...body] = rows;
  const header = head?.cells.map(clean) ?? [];
  const at = {
    name: header.findIndex((h) => FAMILY_HEADERS.name.test(h)),
    relation: header.findIndex((h) => FAMILY_HEADERS.relation.test(h)),
    child: header.findIndex((h) => FAMILY_HEADERS.child.test(h)),
  };
  if (!head || at.name < 0 || at.relation < 0 || at.child < 0) {
    return {
      items: [],
      problems: [
        { line: head?.line ?? 1, message: 'the first row must name the columns: name, relation, child' },
      ],
    };
  }
  const items: FamilyRow[] = [];
  for (const { line, cells } of body) {
    const row = {
      name: clean(cells[at.name] ?? ''),
      relation: clean(cells[at.relation] ?? ''),
      child: clean(cells[at.child] ?? ''),
    };
    const missing = (Object.keys(row) as (keyof FamilyRow)[]).filter((k) => !row[k]);
    if (missing.length === 0) items.push(row);
    else problems.push({ line, message: `no ${missing.join(' or ')}` });
  }
  return { items, problems: problems.sort((a, b) => a.line - b.line) };
}
