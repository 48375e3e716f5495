import { describe, expect, it } from 'vitest';
import { importFamily, importNames, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it.each([
    [
      'plain rows',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['old Mac line ends', 'a\rb', [['a'], ['b']]],
    ['a byte-order mark', '\uFEFFname\nAmelia', [['name'], ['Amelia']]],
    ['blank lines skipped', 'a\n\n  \n,\nb\n', [['a'], ['b']]],
    ['quoted cells', '"a","b"', [['a', 'b']]],
    ['commas inside quotes', '"Smith, Jane",mother', [['Smith, Jane', 'mother']]],
    ['doubled quotes', '"She said ""hi""",x', [['She said "hi"', 'x']]],
    ['line breaks inside quotes', '"two\nlines",x\ny', [['two\nlines', 'x'], ['y']]],
    ['an empty quoted cell', '"",a', [['', 'a']]],
    ['spaces before a quote', 'a, "b, c"', [['a', 'b, c']]],
    ['a quote inside a plain cell', 'O"Brien,x', [['O"Brien', 'x']]],
    ['empty text', '', []],
  ])('reads %s', (_what, text, cells) => {
    const table = parseCsv(text);
    expect(table.rows.map((r) => r.cells)).toEqual(cells);
    expect(table.problems).toEqual([]);
  });

  it('numbers rows by the line they start on, counting line breaks inside quotes and blank lines', () => {
    const { rows } = parseCsv('a\r\n\r\n"b\r\nc"\r\nd');
    expect(rows.map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('reports a quote that is never closed', () => {
    const { rows, problems } = parseCsv('a\n"b,c\nd');
    expect(problems).toEqual([{ line: 2, message: 'a quotation mark is opened but never closed' }]);
    expect(rows.map((r) => r.cells)).toEqual([['a'], ['b,c\nd']]);
  });
});

describe('importNames', () => {
  it.each([
    ['no header', 'Amelia Smith\nOliver Jones', ['Amelia Smith', 'Oliver Jones']],
    ['a "name" header', 'Name\nAmelia Smith\n', ['Amelia Smith']],
    ['a "Child name" header', '\uFEFFChild name\r\nAmelia Smith\r\n', ['Amelia Smith']],
    ['extra columns under a name header', 'Room,Full name\nBabies,Amelia Smith', ['Amelia Smith']],
    ['quoted names with commas', '"Smith, Amelia"', ['Smith, Amelia']],
    ['runs of spaces', '  Amelia   Smith ', ['Amelia Smith']],
    ['an empty trailing cell', 'Amelia Smith,', ['Amelia Smith']],
  ])('reads %s', (_what, text, items) => {
    expect(importNames(text)).toEqual({ items, problems: [] });
  });

  it('reports rows it cannot read by line number', () => {
    const result = importNames('Amelia Smith\nOliver,Jones\n\nNoah Brown');
    expect(result.items).toEqual(['Amelia Smith', 'Noah Brown']);
    expect(result.problems).toEqual([{ line: 2, message: 'expected one name, found 2 columns' }]);
  });

  it('reports an empty name column', () => {
    const result = importNames('Room,Name\nBabies,\nToddlers,Noah Brown');
    expect(result).toEqual({
      items: ['Noah Brown'],
      problems: [{ line: 2, message: 'the "Name" column is empty' }],
    });
  });
});

describe('importFamily', () => {
  it('reads the columns by their header, in any order', () => {
    const text = '\uFEFFChild,Name,Relationship\r\n"Amelia Smith","Sarah Smith, Dr",mother\r\n\r\n';
    expect(importFamily(text)).toEqual({
      items: [{ name: 'Sarah Smith, Dr', relation: 'mother', child: 'Amelia Smith' }],
      problems: [],
    });
  });

  it('reports rows with a missing part', () => {
    const result = importFamily('name,relation,child\nSarah Smith,mother,Amelia Smith\nTom Jones,,\n');
    expect(result.items).toHaveLength(1);
    expect(result.problems).toEqual([{ line: 3, message: 'no relation or child' }]);
  });

  it.each([
    ['no header', 'Sarah Smith,mother,Amelia Smith'],
    ['an empty file', ''],
  ])('refuses a file with %s', (_what, text) => {
    expect(importFamily(text)).toEqual({
      items: [],
      problems: [{ line: 1, message: 'the first row must name the columns: name, relation, child' }],
    });
  });

  it('reports an unclosed quote with the rows it could read', () => {
    const result = importFamily('name,relation,child\nA B,mother,C D\n"E F,father,G H');
    expect(result.items).toEqual([{ name: 'A B', relation: 'mother', child: 'C D' }]);
    expect(result.problems[0]).toEqual({ line: 3, message: 'a quotation mark is opened but never closed' });
  });
});
