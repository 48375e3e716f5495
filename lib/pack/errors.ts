import type { z } from 'zod';

export interface PackProblem {
  /** Dotted field path, e.g. `people.family[2].child`; empty for the document as a whole. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** A refused pack or profile. The message names the field and says what is wrong. */
export class PackError extends Error {
  constructor(
    readonly what: string,
    readonly problems: PackProblem[],
  ) {
    super(
      `The ${what} was refused: ` +
        problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '),
    );
    this.name = 'PackError';
  }

  static fromZod(what: string, error: z.ZodError): PackError {
    const problems = error.issues.slice(0, 20).map((issue) => ({
      path: formatPath(issue.path),
      message:
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.join(', ')}`
          : issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
            ? `is missing (expected ${issue.expected})`
            : issue.message,
    }));
    return new PackError(what, problems);
  }
}
