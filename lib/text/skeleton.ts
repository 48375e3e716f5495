import type { FoldedText } from './fold.ts';
import { foldText } from './fold.ts';
import { LEET } from './leet.ts';

/**
 * The letters of a text with everything else squeezed out and repeated letters collapsed:
 * "#Ashleys_House", "A s h l e y ' s  H 0 u s e" and "Ashleeeys House" all read "ashleyshouse".
 * Repeats collapse within a word only, so "Viva Ashley" keeps its two a's.
 * `at[i]` is the folded-text index of skeleton letter i; `wordStart[i]`/`wordEnd[i]` say whether
 * that letter begins or ends a word of the folded text, so names are not found inside other words.
 */
export interface Skeleton {
  text: string;
  at: number[];
  /** Folded-text index of the last character behind each skeleton letter (stretched letters). */
  last: number[];
  wordStart: boolean[];
  wordEnd: boolean[];
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetterCode = (c: number) => c >= 97 && c <= 122;

function letterAt(text: string, i: number, code: number): string | undefined {
  if (isLetterCode(code)) return text[i];
  const leet = LEET[text[i]!];
  // A stand-in counts only between letters of one word ("h0use"), never alone ("0 1632").
  if (leet === undefined || code === 40 || code === 60) return undefined;
  // A letter must follow ("$hit", "h0use", "sh!t"), or a letter precede and a digit follow ("b00k"):
  // "Skylarks!" ends in punctuation, not an "i".
  const next = text.charCodeAt(i + 1);
  const inWord = isLetterCode(next) || (isLetterCode(text.charCodeAt(i - 1)) && next >= 48 && next <= 57);
  return inWord ? leet : undefined;
}

export function skeletonOf(folded: FoldedText): Skeleton {
  const { text } = folded;
  let out = '';
  const at: number[] = [];
  const last: number[] = [];
  const wordStart: boolean[] = [];
  const wordEnd: boolean[] = [];
  let prevLetter = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = letterAt(text, i, code);
    if (letter === undefined) {
      if (wordEnd.length > 0 && !isWordCode(code) && code !== 39) wordEnd[wordEnd.length - 1] = true;
      // Stretched letters collapse within a word only: "Viva Ashley" keeps both a's.
      if (code !== 39) prevLetter = '';
      continue;
    }
    if (prevLetter === letter) {
      // Collapse stretched letters; keep the span growing to cover them.
      last[last.length - 1] = i;
      continue;
    }
    const before = text.charCodeAt(i - 1);
    out += letter;
    prevLetter = letter;
    at.push(i);
    last.push(i);
    wordStart.push(!isWordCode(before) && before !== 39);
    wordEnd.push(false);
  }
  if (wordEnd.length > 0) wordEnd[wordEnd.length - 1] = true;
  return { text: out, at, last, wordStart, wordEnd };
}

/** A term's letters as the skeleton holds them: repeats collapsed within each word, words joined. */
export function termLetters(term: string): string {
  return term
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((w) => collapse(lettersOf(w)))
    .join('');
}

/** Collapses repeated letters. */
export function collapse(letters: string): string {
  return letters.replace(/(.)\1+/g, '$1');
}

/** The letters of a name or term, folded as drafts are ("Łukasz" → "lukasz", "Zoë" → "zoe"). */
export function lettersOf(term: string): string {
  return foldText(term).text.replace(/[^a-z]/g, '');
}
