import { RE2JS } from 're2js';
import { PackError, type PackProblem } from './errors.ts';
import { CATEGORY_IDS, rulePackSchema, type RulePack } from './schema.ts';

export const MAX_PACK_BYTES = 1_000_000;

/** Compiles a manager-supplied pattern on the linear-time engine; returns a problem or undefined. */
export function checkPattern(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    return undefined;
  } catch (error) {
    return `is not a valid pattern (${error instanceof Error ? error.message : String(error)})`;
  }
}

function patternProblems(pack: RulePack): PackProblem[] {
  return CATEGORY_IDS.flatMap((id) =>
    pack.rules[id].patterns.flatMap((pattern, i) => {
      const message = checkPattern(pattern);
      return message ? [{ path: `rules.${id}.patterns[${i}]`, message }] : [];
    }),
  );
}

/** Validates an already-parsed pack document. Throws PackError naming the field. */
export function parsePack(doc: unknown): RulePack {
  if (typeof doc === 'object' && doc !== null && 'format' in doc && doc.format !== 1) {
    throw new PackError('rule pack', [
      {
        path: 'format',
        message: `format ${JSON.stringify(doc.format)} is unknown; this version reads format 1`,
      },
    ]);
  }
  const parsed = rulePackSchema.safeParse(doc);
  if (!parsed.success) throw PackError.fromZod('rule pack', parsed.error);
  const problems = patternProblems(parsed.data);
  if (problems.length > 0) throw new PackError('rule pack', problems);
  return parsed.data;
}

/** Reads a pack from JSON text: size limit first, then JSON, then the schema and the patterns. */
export function loadPackText(json: string): RulePack {
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_PACK_BYTES) {
    throw new PackError('rule pack', [
      { path: '', message: `it is ${bytes} bytes; a pack may be at most ${MAX_PACK_BYTES} bytes (1 MB)` },
    ]);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new PackError('rule pack', [{ path: '', message: `it is not valid JSON (${why})` }]);
  }
  return parsePack(doc);
}
