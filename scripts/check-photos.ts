// What the photo guard will say about photos, before staff meet them:
//   npm run --silent check-photos -- --pack pack.json FILE...
// One JSON line per file: {"file","findings":[{"kind","category","message","box"?}]}, or
// {"file","error"} for a file that is not an image or could not be read. The checks run in the
// built extension's own photo host in headless Chromium (scripts/photos/photo-checker.ts).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PackError } from '../lib/pack/errors.ts';
import { loadPackText } from '../lib/pack/load-pack.ts';
import { fail, readFileOrExit } from './cli/read-file.ts';
import { openPhotoChecker, PhotoFileError } from './photos/photo-checker.ts';
import { photoLine } from './photos/photo-line.ts';

const USAGE = 'Usage: npm run --silent check-photos -- --pack pack.json FILE...';
let args;
try {
  args = parseArgs({
    options: { pack: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  process.stdout.write(
    `${USAGE}\nChecks each image file as the extension does and prints one JSON line per file.\n`,
  );
  process.exit(0);
}
if (!args.values.pack) fail(`--pack is required.\n${USAGE}`);
if (args.positionals.length === 0) fail(`Name at least one image file.\n${USAGE}`);
const packText = readFileOrExit(args.values.pack, 'pack');
try {
  loadPackText(packText);
} catch (error) {
  fail(error instanceof PackError ? error.message : String(error));
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  if (error instanceof PhotoFileError) return error.message;
  return `could not check it: ${error instanceof Error ? error.message : String(error)}`;
}

let checker;
try {
  checker = await openPhotoChecker();
} catch (error) {
  fail(`Could not start the photo checker: ${error instanceof Error ? error.message : String(error)}`);
}
try {
  for (const file of args.positionals) {
    let line: object;
    try {
      const bytes = new Uint8Array(readFileSync(file));
      line = photoLine(file, await checker.check(packText, { name: file, bytes }));
    } catch (error) {
      line = { file, error: describe(error) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
} finally {
  await checker.close();
}
