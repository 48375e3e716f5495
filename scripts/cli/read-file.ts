import { readFileSync } from 'node:fs';

/** Reads a file for a CLI, or exits 2 with a message that says what to fix. */
export function readFileOrExit(path: string, what: string): string {
  try {
    // A byte-order mark (some Windows editors add one) is not part of the JSON.
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `The ${what} file ${path} does not exist.`
        : `Could not read the ${what} file ${path}: ${String(error)}`,
    );
  }
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
