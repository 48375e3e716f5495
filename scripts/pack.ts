// Rule pack tools: npm run --silent pack -- --from-profile profile.json > pack.json
import { parseArgs } from 'node:util';
import { buildPackFromProfile } from '../lib/pack/build-pack.ts';
import { PackError } from '../lib/pack/errors.ts';
import { fail, readFileOrExit } from './cli/read-file.ts';

const USAGE = 'Usage: npm run --silent pack -- --from-profile profile.json > pack.json';
let args;
try {
  args = parseArgs({ options: { 'from-profile': { type: 'string' }, help: { type: 'boolean' } } });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  process.stdout.write(
    `${USAGE}\nBuilds a complete pack from the default rules and a profile holding setting, people and uniform.\n`,
  );
  process.exit(0);
}
const file = args.values['from-profile'];
if (!file) fail(`--from-profile is required.\n${USAGE}`);
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
