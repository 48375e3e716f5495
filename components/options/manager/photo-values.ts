// The photo settings as the form keeps them: the uniform's colours in one value, the colour codes
// managers type, and coordinates pasted as a pair. Pure.

/**
 * The colours in the form's value. Each colour's line ends with a newline, so a list holding one
 * colour whose code the manager has just cleared ("\n") still has its row, apart from no colours ("").
 * A value written without the last newline (a hand-edited draft) reads the same.
 */
export function colourItems(value: string): string[] {
  if (value === '') return [];
  return value.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
}

/** The form's value for these colours (see colourItems). */
export const joinColours = (items: readonly string[]): string => items.map((item) => `${item}\n`).join('');

/**
 * A colour code as the pack keeps it ("#1f6f3a"), from what a manager may type: any case, with or
 * without the "#", or the short form "#1f3". Anything else comes back trimmed, for the schema to refuse.
 */
export function normaliseColour(typed: string): string {
  const code = typed.trim().replace(/^#/, '').toLowerCase();
  if (/^[0-9a-f]{6}$/.test(code)) return `#${code}`;
  if (/^[0-9a-f]{3}$/.test(code)) return `#${[...code].map((c) => c + c).join('')}`;
  return typed.trim();
}

/** Whether a typed code is a colour the pack accepts, once normalised. */
export const isColour = (typed: string): boolean => /^#[0-9a-f]{6}$/.test(normaliseColour(typed));

/** A new colour row starts black, a colour no one mistakes for a choice already made. */
export const NEW_COLOUR = '#000000';

/** The most colours a pack may hold (the schema's limit). */
export const MAX_COLOURS = 6;

/**
 * Two numbers pasted together, as a map copies a place's coordinates ("51.5072, -0.1276"), read as
 * latitude then longitude; null for anything else.
 */
export function coordinatePair(text: string): { latitude: string; longitude: string } | null {
  const number = String.raw`([+-]?\d{1,3}(?:\.\d+)?)°?`;
  const match = new RegExp(String.raw`^\s*\(?\s*${number}\s*(?:[,;]\s*|\s+)${number}\s*\)?\s*$`).exec(text);
  return match ? { latitude: match[1] ?? '', longitude: match[2] ?? '' } : null;
}
