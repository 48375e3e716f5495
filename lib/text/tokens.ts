import type { FoldedText } from './fold.ts';
import { LEET, isLetter } from './leet.ts';

export interface Token {
  /** The word as folded (lower case, disguises of single characters undone). */
  raw: string;
  /** Letters only, with digit/symbol stand-ins read as letters and a possessive 's kept. */
  word: string;
  /** `word` without a trailing possessive ('s or s'). */
  base: string;
  /** `base` with repeated letters collapsed ("fuuuuck" → "fuck"). */
  collapsed: string;
  /** Range in the folded text. */
  start: number;
  end: number;
  /** Whether the original started with a capital letter (names are usually capitalised). */
  capital: boolean;
  /** Index of the sentence this token sits in. */
  sentence: number;
  /** True for a token made by joining letter-spaced single letters ("f u c k"). */
  joined?: boolean;
}

const WORD = /[a-z0-9@$!|+€£'&]+/g;
const PLAIN = /^[a-z]+$/;
const EDGE_SYMBOLS = /^[!|+@$']+(?=[a-z])|(?<=[a-z])[!|+']+$/g;

function readWord(raw: string): string {
  if (PLAIN.test(raw)) return raw;
  if (!/[a-z]/.test(raw)) return '';
  let out = '';
  for (const c of raw) {
    if (isLetter(c) || c === "'") out += c;
    else if (c in LEET) out += LEET[c];
  }
  return out.replace(/^'+|'+$/g, '');
}

function baseOf(word: string): string {
  if (PLAIN.test(word)) return word;
  return word.replace(/'s$|s'$/, (m) => (m === "s'" ? 's' : '')).replace(/'/g, '');
}

/** Collapses runs of one letter; a loop, as this runs for every word of every check. */
export function collapseRuns(word: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

function isCapital(original: string, at: number): boolean {
  const code = original.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(original.slice(at, at + 2));
}

export function tokenize(folded: FoldedText): Token[] {
  const tokens: Token[] = [];
  const { text } = folded;
  let sentence = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    for (let k = last; k < start; k++) {
      const c = text[k];
      if (c === '.' || c === '!' || c === '?' || c === '\n') {
        sentence++;
        break;
      }
    }
    last = start + m[0].length;
    // A leading or trailing symbol ("!hello", "great!") is punctuation, not a stand-in.
    const raw = PLAIN.test(m[0]) ? m[0] : m[0].replace(EDGE_SYMBOLS, '');
    const word = readWord(raw);
    if (!word) continue;
    const lead = raw === m[0] ? 0 : m[0].indexOf(raw);
    const base = baseOf(word);
    tokens.push({
      raw,
      word,
      base,
      collapsed: collapseRuns(base),
      start: start + lead,
      end: start + lead + raw.length,
      capital: isCapital(folded.original, folded.starts[start + lead] ?? 0),
      sentence,
    });
  }
  return joinSpacedLetters(tokens, text);
}

/** "f u c k", "A.S.H.L.E.Y": three or more single letters one separator apart become one token. */
function joinSpacedLetters(tokens: Token[], text: string): Token[] {
  const out = [...tokens];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (
      j + 1 < tokens.length &&
      tokens[j]!.word.length === 1 &&
      tokens[j + 1]!.word.length === 1 &&
      tokens[j + 1]!.start - tokens[j]!.end <= 2 &&
      !/\n/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))
    )
      j++;
    if (j - i >= 2) {
      const word = tokens
        .slice(i, j + 1)
        .map((t) => t.word)
        .join('');
      const first = tokens[i]!;
      const base = baseOf(word);
      out.push({
        ...first,
        raw: word,
        word,
        base,
        collapsed: collapseRuns(base),
        end: tokens[j]!.end,
        joined: true,
      });
    }
    i = j + 1;
  }
  return out;
}
