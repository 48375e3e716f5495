import { checkDraft } from '../engine/check-draft.ts';
import type { Category, RulePack, Span } from '../pack/schema.ts';
import type { Box, PhotoFinding } from './report.ts';

// Words in the picture (issue 6): the OCR's words are put back together as text and run through
// the same engine as a draft, keeping its setting-name and child-info findings (a sign, a handle, a
// phone number, a child's name on a drawing). Each span the engine marks becomes one finding, boxed
// around the words it covers so the dialog can show where in the photo they are.

/** One word as the OCR reads it; `line` numbers the lines in reading order. */
export interface OcrWord {
  text: string;
  box: Box;
  /** Tesseract's confidence, 0–100. */
  confidence: number;
  line: number;
}

/**
 * Words the OCR is less sure of than this are left out. Tesseract's own confidence for real words
 * on signs and printed labels is mostly 70–95, while the "words" it reads into foliage, brickwork
 * and fabric are mostly under 40; 50 keeps a stylised sign's lettering and drops most of that noise.
 */
export const MIN_WORD_CONFIDENCE = 50;

/** The engine's categories that the photo check runs, as the issue asks. */
const CATEGORIES: readonly Category[] = ['setting-name', 'child-info'];

const SAYS: Record<string, (quote: string) => string> = {
  'setting-name': (q) => `The photo shows “${q}”, which names or points to the setting.`,
  'child-info': (q) => `The photo shows “${q}”, which may name a child at the setting.`,
};

const ADVICE = 'Crop or cover these words before posting, or choose another photo.';

interface Placed {
  word: OcrWord;
  start: number;
  end: number;
}

/** The words as text (spaces within a line, '\n' between lines) and where each word sits in it. */
export function ocrText(words: OcrWord[]): { text: string; placed: Placed[] } {
  const kept = words
    .filter((word) => word.confidence >= MIN_WORD_CONFIDENCE && word.text.trim() !== '')
    // Lines in order; within a line, left to right (the shipped OCR data is English).
    .sort((a, b) => a.line - b.line || a.box.x - b.box.x);
  const placed: Placed[] = [];
  let text = '';
  let line: number | undefined;
  for (const word of kept) {
    if (line !== undefined) text += word.line === line ? ' ' : '\n';
    line = word.line;
    const start = text.length;
    text += word.text.trim();
    placed.push({ word, start, end: text.length });
  }
  return { text, placed };
}

/** The smallest box holding all the given boxes. */
export function unionBox(boxes: Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Findings for the words read in a photo: one per span of each setting-name or child-info finding. */
export function textFindings(pack: RulePack, words: OcrWord[]): PhotoFinding[] {
  const { text, placed } = ocrText(words);
  if (text === '') return [];
  const findings = checkDraft(pack, { platform: 'facebook', surface: 'post', text });
  const out: PhotoFinding[] = [];
  for (const finding of findings) {
    if (!CATEGORIES.includes(finding.category)) continue;
    const say = SAYS[finding.category];
    for (const span of finding.spans) {
      const covered = placed.filter((p) => overlaps(p, span));
      const box = unionBox(covered.map((p) => p.word.box));
      // The quote is what the photo shows, one line at a time, not the engine's folded form.
      const quote = text
        .slice(span.start, span.end)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      if (!say || !quote) continue;
      out.push({
        kind: 'text',
        category: finding.category,
        severity: finding.severity,
        message: say(quote.length > 120 ? `${quote.slice(0, 117)}…` : quote),
        clause: finding.clause,
        suggestion: ADVICE,
        ...(box ? { box } : {}),
      });
    }
  }
  return out;
}

const overlaps = (p: Placed, span: Span) => p.start < span.end && span.start < p.end;
