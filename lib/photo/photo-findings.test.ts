import { describe, expect, it } from 'vitest';
import { PHOTO_KINDS, type Box, type PhotoFinding } from './report.ts';
import { dropRepeats, scaleBox, sortFindings } from './photo-findings.ts';

const finding = (
  kind: PhotoFinding['kind'],
  severity: PhotoFinding['severity'],
  message: string = kind,
): PhotoFinding => ({
  kind,
  category: 'setting-name',
  severity,
  message,
  clause: { id: 'staff-1', text: 'Not to name the setting they work at' },
});

describe('scaleBox', () => {
  it('scales a box back to the photo’s pixels', () => {
    expect(scaleBox({ x: 10, y: 20, width: 30, height: 40 }, 4)).toEqual({
      x: 40,
      y: 80,
      width: 120,
      height: 160,
    });
  });

  it('rounds outwards, so the scaled box still holds all it held', () => {
    const box = scaleBox({ x: 10.4, y: 3.3, width: 5.2, height: 1.1 }, 1.5);
    expect(box).toEqual({ x: 15, y: 4, width: 9, height: 3 });
    expect(box.x + box.width).toBeGreaterThanOrEqual((10.4 + 5.2) * 1.5);
    expect(box.y + box.height).toBeGreaterThanOrEqual((3.3 + 1.1) * 1.5);
  });
});

describe('sortFindings', () => {
  it('orders by kind (location, people, uniform, text), then the most severe first', () => {
    const sorted = sortFindings([
      finding('text', 'warn'),
      finding('uniform', 'warn'),
      finding('people', 'notice'),
      finding('people', 'confirm'),
      finding('location', 'notice'),
      finding('text', 'block'),
    ]);
    expect(sorted.map((f) => `${f.kind} ${f.severity}`)).toEqual([
      'location notice',
      'people confirm',
      'people notice',
      'uniform warn',
      'text block',
      'text warn',
    ]);
  });

  it('keeps the given order among equals and leaves its input alone', () => {
    const input = [
      finding('people', 'confirm', 'summary'),
      finding('people', 'confirm', 'child 1'),
      finding('people', 'confirm', 'child 2'),
    ];
    const copy = [...input];
    expect(sortFindings(input).map((f) => f.message)).toEqual(['summary', 'child 1', 'child 2']);
    expect(input).toEqual(copy);
    expect(sortFindings([])).toEqual([]);
  });

  it('knows every photo kind', () => {
    const all = PHOTO_KINDS.map((kind) => finding(kind, 'warn'));
    expect(sortFindings(all).map((f) => f.kind)).toEqual(['location', 'people', 'uniform', 'text']);
  });
});

describe('dropRepeats', () => {
  const sign = (box: Box, message = 'The photo shows “Little Acorns”.'): PhotoFinding => ({
    kind: 'text',
    category: 'setting-name',
    severity: 'warn',
    message,
    clause: { id: 'staff-1', text: 'Not to name the setting they work at' },
    box,
  });

  it('keeps one of two findings of the same sign read twice, and both of two different signs', () => {
    const first = sign({ x: 100, y: 100, width: 400, height: 80 });
    const again = sign({ x: 104, y: 98, width: 380, height: 84 }, 'The photo shows “Little Acoms”.');
    const elsewhere = sign({ x: 100, y: 600, width: 400, height: 80 });
    expect(dropRepeats([first, again, elsewhere])).toEqual([first, elsewhere]);
  });

  it('keeps findings of another category in the same place, and compares boxless ones by message', () => {
    const name = sign({ x: 0, y: 0, width: 100, height: 20 });
    const child = { ...name, category: 'child-info' as const };
    const summary = { ...name, kind: 'people' as const, box: undefined };
    expect(dropRepeats([name, child, summary, { ...summary }])).toEqual([name, child, summary]);
  });
});
