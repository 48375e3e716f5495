// Digit and symbol stand-ins for letters ("4shley", "$h1t", "h0use"). Applied only inside words
// that also hold letters, so phone numbers, prices and times are never read as words.
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
  '€': 'e',
  '£': 'l',
  '¡': 'i',
  '(': 'c',
  '<': 'c',
};

/** Characters that hide a letter entirely ("f**k", "sh#t"). */
export const MASKS = new Set(['*', '#', '_', '%', '.', '-', '?', '•', '·', '~']);

export const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
export const isLeet = (c: string | undefined): boolean => c !== undefined && c in LEET;
