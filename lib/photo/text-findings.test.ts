import { describe, expect, it } from 'vitest';
import { PACK, makePack } from '../../tests/builders.ts';
import { photoFindingSchema } from './report.ts';
import { MIN_WORD_CONFIDENCE, ocrText, textFindings, unionBox, type OcrWord } from './text-findings.ts';

/**
 * OCR words for lines of text, laid out like a sign: 10 px per character, lines 30 px apart, left
 * edge at 100. `confidence` may be one number or one per word in reading order.
 */
function read(lines: string[], confidence: number | number[] = 90): OcrWord[] {
  const words: OcrWord[] = [];
  lines.forEach((line, n) => {
    let at = 0;
    for (const text of line.split(' ')) {
      const c = Array.isArray(confidence) ? (confidence[words.length] ?? 90) : confidence;
      words.push({
        text,
        line: n,
        confidence: c,
        box: { x: 100 + at * 10, y: 50 + n * 30, width: text.length * 10, height: 24 },
      });
      at += text.length + 1;
    }
  });
  return words;
}

describe('ocrText', () => {
  it('joins words with spaces and lines with newlines, whatever order the words come in', () => {
    const words = read(['Welcome to', 'our garden']);
    expect(ocrText([...words].reverse()).text).toBe('Welcome to\nour garden');
    const { text, placed } = ocrText(words);
    expect(text).toBe('Welcome to\nour garden');
    expect(placed.map((p) => text.slice(p.start, p.end))).toEqual(['Welcome', 'to', 'our', 'garden']);
  });

  it('leaves out words the OCR is unsure of, and empty ones', () => {
    const words = read(['Ashley’s %# House'], [95, MIN_WORD_CONFIDENCE - 1, 95]);
    expect(ocrText(words).text).toBe('Ashley’s House');
    expect(ocrText([{ ...read(['x'])[0]!, text: '  ' }]).text).toBe('');
  });
});

describe('unionBox', () => {
  it('holds every box, and is undefined for none', () => {
    expect(unionBox([])).toBeUndefined();
    expect(
      unionBox([
        { x: 10, y: 20, width: 30, height: 10 },
        { x: 5, y: 40, width: 10, height: 10 },
      ]),
    ).toEqual({ x: 5, y: 20, width: 35, height: 30 });
  });
});

describe('textFindings', () => {
  it('a sign with the setting’s name: one finding quoting it, boxed around both lines', () => {
    const findings = textFindings(PACK, read(["ASHLEY'S HOUSE", 'DAY NURSERY']));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(photoFindingSchema.parse(finding)).toEqual(finding);
    expect(finding).toMatchObject({
      kind: 'text',
      category: 'setting-name',
      severity: PACK.rules['setting-name'].severity,
      clause: PACK.rules['setting-name'].clause,
      message: "The photo shows “ASHLEY'S HOUSE DAY NURSERY”, which names or points to the setting.",
      box: { x: 100, y: 50, width: 140, height: 54 },
    });
  });

  it('each part the engine marks gets its own box: the name, then the phone number', () => {
    const findings = textFindings(PACK, read(['Welcome to', 'Ashleys House Nursery', 'Call 01632 961447']));
    expect(findings.map((f) => f.message)).toEqual([
      'The photo shows “Ashleys House Nursery”, which names or points to the setting.',
      'The photo shows “01632 961447”, which names or points to the setting.',
    ]);
    expect(findings.map((f) => f.box)).toEqual([
      { x: 100, y: 80, width: 210, height: 24 },
      { x: 150, y: 110, width: 120, height: 24 },
    ]);
  });

  it('a child’s name (on a drawing or a peg label) is a child-info finding; other categories are not kept', () => {
    const findings = textFindings(PACK, read(['Summer Ellwood', 'age 4']));
    expect(findings.map((f) => [f.category, f.severity])).toEqual([['child-info', 'confirm']]);
    expect(findings[0]?.message).toBe(
      'The photo shows “Summer Ellwood”, which may name a child at the setting.',
    );
    expect(findings[0]?.box).toEqual({ x: 100, y: 50, width: 140, height: 24 });
  });

  it('handles and hashtags on a poster count as pointing to the setting', () => {
    const categories = (line: string) => textFindings(PACK, read([line])).map((f) => f.category);
    expect(categories('Follow us @AshleysHouseKV')).toEqual(['setting-name']);
    expect(categories('#BramblingBunch')).toEqual(['setting-name']);
  });

  it('says nothing for ordinary words, unsure words, or no words', () => {
    expect(textFindings(PACK, read(['Sale now on', '50% off']))).toEqual([]);
    expect(textFindings(PACK, read(["Ashley's House"], 30))).toEqual([]);
    expect(textFindings(PACK, [])).toEqual([]);
  });

  it('follows the pack: an off rule gives nothing, a changed severity is used', () => {
    const off = makePack({ rules: { 'setting-name': { severity: 'off' } } });
    expect(textFindings(off, read(["Ashley's House"]))).toEqual([]);
    const strict = makePack({ rules: { 'setting-name': { severity: 'block' } } });
    expect(textFindings(strict, read(["Ashley's House"]))[0]?.severity).toBe('block');
  });
});
