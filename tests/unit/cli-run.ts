// Runs the real CLI scripts for the cli-*.test.ts files, and holds their small invented profile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** Each run starts a Node process with tsx: allow for a slow machine. */
export const CLI_TIMEOUT = 60_000;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], input: string): Run {
  const r = spawnSync(command, args, { cwd: ROOT, input, encoding: 'utf8', timeout: CLI_TIMEOUT });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `tsx scripts/<script>.ts ...args` from the repository root, with optional stdin. */
export function runScript(script: 'pack' | 'check', args: string[], input = ''): Run {
  return run(TSX, [`scripts/${script}.ts`, ...args], input);
}

/** Runs the README's form: `npm run --silent <script> -- ...args`. */
export function runNpm(script: 'pack' | 'check', args: string[], input = ''): Run {
  return run('npm', ['run', '--silent', script, '--', ...args], input);
}

/** A temporary folder in os.tmpdir() with a helper to write files into it. */
export function tempDir(): {
  dir: string;
  write: (name: string, content: string) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ssg-cli-'));
  return {
    dir,
    write: (name, content) => {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// An invented setting; names, numbers and handles are made up (01632 is Ofcom's drama range).
export const PROFILE = {
  setting: {
    name: 'Hazelwood Hollow',
    postcode: 'ZX9 4QT',
    phones: ['01632 960123'],
    handles: { instagram: ['hazelwood.hollow'] },
  },
  people: {
    manager: 'Rowena Pike',
    children: ['Juniper Oakes', 'Felix Marlow'],
    family: [{ name: 'Imogen Oakes', relation: 'mother', child: 'Juniper Oakes' }],
  },
  uniform: 'Green polo shirt',
};
