import type { Draft } from '../pack/schema.ts';
import { foldText, type FoldedText } from '../text/fold.ts';
import { skeletonOf, type Skeleton } from '../text/skeleton.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { clauseStarts } from './cues.ts';

/** Everything derived from one draft once, shared by the category detectors. */
export interface DraftContext {
  draft: Draft;
  folded: FoldedText;
  /** The folded text: lower case, disguises undone. */
  text: string;
  /** Words, plus joined letter-spaced words. */
  tokens: Token[];
  /** Words only, in order. */
  words: Token[];
  skeleton: Skeleton;
  clauses: number[];
  isDm: boolean;
}

export function makeContext(draft: Draft): DraftContext {
  const folded = foldText(draft.text);
  const tokens = tokenize(folded);
  return {
    draft,
    folded,
    text: folded.text,
    tokens,
    words: tokens.filter((t) => !t.joined),
    skeleton: skeletonOf(folded),
    clauses: clauseStarts(folded.text),
    isDm: draft.surface === 'dm',
  };
}
