// Rule pack tools (README "The rule pack"):
//   npm run --silent pack -- --from-profile profile.json > pack.json
//   npm run --silent pack -- keygen --out DIR
//   npm run --silent pack -- sign pack.json --key DIR > signed.json
//   npm run --silent pack -- verify signed.json --trust PUBLIC_KEY_OR_FINGERPRINT [--previous-version N]
// Exit codes: 0 done, 1 the pack was refused (verify), 2 usage or input error.
import { fromProfile } from './cli/from-profile.ts';
import { keygen } from './cli/keygen.ts';
import { sign } from './cli/sign.ts';
import { verify } from './cli/verify.ts';

const SUBCOMMANDS: Record<string, (argv: string[]) => Promise<void>> = { keygen, sign, verify };

const [first = '', ...rest] = process.argv.slice(2);
const subcommand = Object.hasOwn(SUBCOMMANDS, first) ? SUBCOMMANDS[first] : undefined;
if (subcommand) await subcommand(rest);
else fromProfile(process.argv.slice(2));
