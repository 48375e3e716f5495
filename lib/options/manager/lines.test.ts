import { describe, expect, it } from 'vitest';
import { appendItems, formatFamilyLine, parseFamilyLine, splitLines } from './lines.ts';

describe('splitLines', () => {
  it.each([
    ['', [], []],
    ['a', ['a'], [1]],
    ['  a  \n\n b\r\n\r\nc\r', ['a', 'b', 'c'], [1, 3, 5]],
  ])('%j', (text, items, lines) => {
    expect(splitLines(text)).toEqual({ items, lines });
  });
});

describe('family lines', () => {
  it.each([
    ['Sarah Jones, mother, Amelia Jones', ['Sarah Jones', 'mother', 'Amelia Jones']],
    ['Sarah Jones\tmother\tAmelia Jones', ['Sarah Jones', 'mother', 'Amelia Jones']],
    ['"Jones, Sarah", mother, Amelia', ['Jones, Sarah', 'mother', 'Amelia']],
    ['Sarah Jones, mother', ['Sarah Jones', 'mother']],
  ])('reads %j', (line, parts) => {
    expect(parseFamilyLine(line)).toEqual(parts);
  });

  it('writes lines that read back the same', () => {
    const member = { name: 'Jones, "Sal"', relation: 'mother', child: 'Amelia' };
    const [name, relation, child] = parseFamilyLine(formatFamilyLine(member));
    expect({ name, relation, child }).toEqual(member);
  });
});

describe('appendItems', () => {
  it.each([
    ['', ['A B'], 'A B', 1, 0],
    ['A B\n', ['a  b', 'C D', 'C D'], 'A B\nC D', 1, 2],
    ['A B\n\n', [], 'A B\n\n', 0, 0],
  ])('adds to %j', (text, additions, expected, added, skipped) => {
    expect(appendItems(text, additions)).toEqual({ text: expected, added, skipped });
  });
});
