import { nameForms } from '../../text/nicknames.ts';
import { CHILD_FIRST_NAMES, WORD_NAMES } from './children.ts';

/** Whether a lower-case word is a common first name (so "Hazel House" may be Hazel's house). */
export function isFirstName(word: string): boolean {
  return CHILD_FIRST_NAMES.has(word) || WORD_NAMES.has(word) || nameForms(word).size > 1;
}
