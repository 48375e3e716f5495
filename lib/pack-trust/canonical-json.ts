/**
 * The bytes a signature covers: JSON with object keys in code-point order and no whitespace, so
 * the same pack always gives the same bytes, whoever serialises it (the manager's browser, the
 * CLI, a chain's own script re-saving the file).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
