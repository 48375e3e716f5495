import { fail } from './read-file.ts';

// The pack command's usage lines, one per subcommand. The first line is the original command's.
export const USAGE_LINES = {
  fromProfile: 'npm run --silent pack -- --from-profile profile.json > pack.json',
  keygen: 'npm run --silent pack -- keygen --out DIR',
  sign: 'npm run --silent pack -- sign pack.json --key DIR > signed.json',
  verify:
    'npm run --silent pack -- verify signed.json --trust PUBLIC_KEY_OR_FINGERPRINT [--previous-version N]',
} as const;

export type Subcommand = keyof typeof USAGE_LINES;

/** `Usage: <line>` for one subcommand, or every line when none is given. */
export function usage(only?: Subcommand): string {
  const lines = only ? [USAGE_LINES[only]] : Object.values(USAGE_LINES);
  return lines.map((line, i) => `${i === 0 ? 'Usage: ' : '       '}${line}`).join('\n');
}

export const HELP = `${usage()}

  --from-profile  builds a complete, unsigned pack from the default rules and a profile
                  holding setting, people and uniform
  keygen          writes a signing key pair: DIR/signing-key.json (the secret key, encrypted
                  with a passphrase) and DIR/public-key.txt
  sign            signs a pack with the key in DIR and prints the signed pack
  verify          runs the extension's checks on a signed pack, trusting the given public key
                  or fingerprint

The passphrase comes from PACK_PASSPHRASE if it is set, otherwise from the terminal.
Exit codes: 0 done, 1 the pack was refused (verify), 2 usage or input error.
`;

/** A usage error: the message, then the usage, on stderr; exit 2. */
export const usageError = (message: string, only?: Subcommand): never => fail(`${message}\n${usage(only)}`);

/** Prints the help for --help and exits 0. */
export function printHelp(): never {
  process.stdout.write(HELP);
  process.exit(0);
}
