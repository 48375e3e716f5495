// npm run --silent pack -- --from-profile profile.json > pack.json
import { parseArgs } from 'node:util';
import { buildPackFromProfile } from '../../lib/pack/build-pack.ts';
import { PackError } from '../../lib/pack/errors.ts';
import { fail, readFileOrExit } from './read-file.ts';
import { printHelp, usage, usageError } from './usage.ts';

export function fromProfile(argv: string[]): void {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { 'from-profile': { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage()}`);
  }
  if (args.values.help) printHelp();
  const file = args.values['from-profile'];
  if (!file) return usageError('--from-profile is required.');
  let profile: unknown;
  try {
    profile = JSON.parse(readFileOrExit(file, 'profile'));
  } catch (error) {
    fail(`The profile ${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    process.stdout.write(`${JSON.stringify(buildPackFromProfile(profile), null, 2)}\n`);
  } catch (error) {
    fail(error instanceof PackError ? error.message : String(error));
  }
}
