// The manager's test bench: npm run --silent check -- --pack pack.json [drafts.jsonl] [--pretty]
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkDraft } from '../lib/engine/check-draft.ts';
import { PackError } from '../lib/pack/errors.ts';
import { loadPackText } from '../lib/pack/load-pack.ts';
import {
  benchInputSchema,
  describeInputError,
  flattenFindings,
  prettyDraft,
} from '../lib/report/check-output.ts';
import { fail, readFileOrExit } from './cli/read-file.ts';

const USAGE = 'Usage: npm run --silent check -- --pack pack.json [drafts.jsonl] [--pretty]';
let args;
try {
  args = parseArgs({
    options: { pack: { type: 'string' }, pretty: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  process.stdout.write(
    `${USAGE}\nReads JSON Lines {id, platform, surface, recipient, text} from the file or stdin.\n`,
  );
  process.exit(0);
}
if (!args.values.pack) fail(`--pack is required.\n${USAGE}`);
let pack;
try {
  pack = loadPackText(readFileOrExit(args.values.pack, 'pack'));
} catch (error) {
  fail(error instanceof PackError ? error.message : String(error));
}

const input = args.positionals[0] ? createReadStream(args.positionals[0]) : process.stdin;
input.on('error', (error: Error) => fail(`Could not read ${args.positionals[0]}: ${error.message}`));
const lines = createInterface({ input, crlfDelay: Infinity });
let n = 0;
for await (const line of lines) {
  n++;
  if (line.trim() === '') continue;
  let id: unknown = null;
  try {
    const raw: unknown = JSON.parse(line);
    if (typeof raw === 'object' && raw !== null && 'id' in raw) id = raw.id;
    const draft = benchInputSchema.parse(raw);
    const findings = checkDraft(pack, { ...draft, recipient: draft.recipient ?? undefined });
    process.stdout.write(
      args.values.pretty
        ? `${prettyDraft(draft.id, draft.text, findings)}\n`
        : `${JSON.stringify({ id: draft.id, findings: flattenFindings(findings) })}\n`,
    );
  } catch (error) {
    const why =
      error instanceof SyntaxError
        ? `line ${n} is not valid JSON (${error.message})`
        : describeInputError(error);
    process.stdout.write(`${JSON.stringify({ id, error: why })}\n`);
  }
}
