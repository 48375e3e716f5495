// npm run --silent pack -- verify signed.json --trust KEY_OR_FINGERPRINT [--previous-version N]
import { parseArgs } from 'node:util';
import { decodePublicKey, encodeKey, shortFingerprint } from '../../lib/pack-trust/keys.ts';
import { verifySignedPack, type Trust } from '../../lib/pack-trust/verify-signed-pack.ts';
import { readFileOrExit } from './read-file.ts';
import { printHelp, usageError } from './usage.ts';

/** A base64url public key (43 characters) or a full fingerprint (64 hex digits); null otherwise. */
export function parseTrust(text: string): Trust | null {
  if (/^[0-9a-f]{64}$/i.test(text)) return { fingerprint: text.toLowerCase() };
  const key = /^[A-Za-z0-9_-]{43}$/.test(text) ? decodePublicKey(text) : null;
  return key ? { publicKey: encodeKey(key) } : null;
}

export async function verify(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        trust: { type: 'string', multiple: true },
        'previous-version': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message, 'verify');
  }
  if (args.values.help) printHelp();
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) return usageError('Give exactly one signed pack file to verify.', 'verify');
  const trusted = args.values.trust ?? [];
  if (trusted.length === 0) {
    return usageError('--trust is required: the public key or fingerprint you trust.', 'verify');
  }
  const trust = trusted.map(
    (text) =>
      parseTrust(text.trim()) ??
      usageError(
        `--trust ${JSON.stringify(text)} is neither a public key (43 base64url characters) nor a fingerprint (64 hex digits).`,
        'verify',
      ),
  );
  const previous = args.values['previous-version'];
  if (previous !== undefined && !/^\d{1,15}$/.test(previous)) {
    usageError(
      `--previous-version must be a whole number like 3, not ${JSON.stringify(previous)}.`,
      'verify',
    );
  }

  const text = readFileOrExit(file, 'signed pack');
  const verdict = await verifySignedPack(text, {
    trust,
    previousVersion: previous === undefined ? null : Number(previous),
  });
  if (!verdict.ok) {
    process.stderr.write(`refused: ${verdict.reason}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `id ${verdict.pack.meta.id}\nversion ${verdict.version}\nfingerprint ${verdict.fingerprint} (${shortFingerprint(verdict.fingerprint)})\n`,
  );
}
