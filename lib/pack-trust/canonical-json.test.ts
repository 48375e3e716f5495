import { describe, expect, it } from 'vitest';
import { canonicalJson, utf8 } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('gives the same text whatever order the keys were written in', () => {
    const a = { b: 1, a: 2, c: { z: true, y: null } };
    const b = { c: { y: null, z: true }, a: 2, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":2,"b":1,"c":{"y":null,"z":true}}');
  });

  it('sorts nested objects at every depth, including inside arrays', () => {
    const value = {
      outer: [
        { b: 1, a: [{ d: 4, c: 3 }] },
        { y: 'y', x: 'x' },
      ],
      first: {},
    };
    expect(canonicalJson(value)).toBe('{"first":{},"outer":[{"a":[{"c":3,"d":4}],"b":1},{"x":"x","y":"y"}]}');
  });

  it('keeps array order, which carries meaning', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson([3, 1, 2])).not.toBe(canonicalJson([1, 2, 3]));
  });

  it('writes no whitespace and leaves whitespace inside strings alone', () => {
    const parsed: unknown = JSON.parse('{ "b" : [ 1 , 2 ] ,\n  "a" : " spaced  out " }');
    expect(canonicalJson(parsed)).toBe('{"a":" spaced  out ","b":[1,2]}');
  });

  it('sorts keys by code point, so capitals come before lower case and accents after', () => {
    expect(canonicalJson({ é: 1, b: 2, B: 3, a: 4, '10': 5, '9': 6 })).toBe(
      '{"10":5,"9":6,"B":3,"a":4,"b":2,"é":1}',
    );
  });

  it('keeps unicode as it is, and the same text gives the same UTF-8 bytes', () => {
    const value = { name: 'Zoë Ó Súilleabháin 👶🏽', clé: 'naïve — “quoted”' };
    const text = canonicalJson(value);
    expect(text).toBe('{"clé":"naïve — “quoted”","name":"Zoë Ó Súilleabháin 👶🏽"}');
    expect(JSON.parse(text)).toEqual(value);
    expect(utf8(text)).toEqual(new TextEncoder().encode(text));
    expect(utf8('é')).toEqual(new Uint8Array([0xc3, 0xa9]));
  });

  it('escapes quotes, backslashes and control characters as JSON does', () => {
    expect(canonicalJson({ s: 'a"b\\c\nd\u0001' })).toBe('{"s":"a\\"b\\\\c\\nd\\u0001"}');
  });

  it('writes primitives as JSON and leaves out undefined fields, as JSON.stringify does', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(-0.5)).toBe('-0.5');
    expect(canonicalJson('x')).toBe('"x"');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('round-trips through JSON.parse for a value written in any order', () => {
    const value = { meta: { version: 3, id: 'x' }, list: ['b', 'a'], n: 1.5 };
    expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
  });
});
