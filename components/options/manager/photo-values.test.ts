import { describe, expect, it } from 'vitest';
import { colourItems, coordinatePair, isColour, joinColours, normaliseColour } from './photo-values.ts';

describe('colourItems and joinColours', () => {
  it.each([
    [[], ''],
    [['#1f6f3a'], '#1f6f3a\n'],
    [[''], '\n'],
    [['#1f6f3a', '', '#ffffff'], '#1f6f3a\n\n#ffffff\n'],
  ])('keeps %j as %j and back, a cleared code keeping its row', (items, value) => {
    expect(joinColours(items)).toBe(value);
    expect(colourItems(value)).toEqual(items);
  });

  it('reads a value written without the last newline', () => {
    expect(colourItems('#1f6f3a\r\n#ffffff')).toEqual(['#1f6f3a', '#ffffff']);
  });
});

describe('normaliseColour', () => {
  it.each([
    ['#1F6F3A', '#1f6f3a'],
    [' 1f6f3a ', '#1f6f3a'],
    ['#1f3', '#11ff33'],
    ['green', 'green'],
    ['#12345', '#12345'],
    ['', ''],
  ])('reads %j as %j', (typed, code) => {
    expect(normaliseColour(typed)).toBe(code);
    expect(isColour(typed)).toBe(/^#[0-9a-f]{6}$/.test(code));
  });
});

describe('coordinatePair', () => {
  it.each([
    ['51.5072, -0.1276', { latitude: '51.5072', longitude: '-0.1276' }],
    ['51.50722,-0.12763', { latitude: '51.50722', longitude: '-0.12763' }],
    [' (53.4808 -2.2426) ', { latitude: '53.4808', longitude: '-2.2426' }],
    ['51.5072°, -0.1276°', { latitude: '51.5072', longitude: '-0.1276' }],
    ['+51.5; +0.1', { latitude: '+51.5', longitude: '+0.1' }],
  ])('reads %j as a pair', (text, pair) => {
    expect(coordinatePair(text)).toEqual(pair);
  });

  it.each(['51.5072', '51.5072, -0.1276, 3', 'N 51.5, W 0.1', 'Little Acorns', ''])(
    'leaves %j alone',
    (text) => {
      expect(coordinatePair(text)).toBeNull();
    },
  );
});
