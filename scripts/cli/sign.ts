// npm run --silent pack -- sign pack.json --key DIR > signed.json
import { parseArgs } from 'node:util';
import { PackError } from '../../lib/pack/errors.ts';
import { loadPackText } from '../../lib/pack/load-pack.ts';
import type { RulePack } from '../../lib/pack/schema.ts';
import { signPack } from '../../lib/pack-trust/signed-pack.ts';
import { verifySignedPack } from '../../lib/pack-trust/verify-signed-pack.ts';
import { fail, readFileOrExit } from './read-file.ts';
import { openSigningKey } from './signing-key.ts';
import { printHelp, usageError } from './usage.ts';

export async function sign(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { key: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return usageError((error as Error).message, 'sign');
  }
  if (args.values.help) printHelp();
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) return usageError('Give exactly one pack file to sign.', 'sign');
  const dir = args.values.key;
  if (!dir) return usageError('--key is required: the folder holding signing-key.json.', 'sign');

  let pack: RulePack;
  try {
    pack = loadPackText(readFileOrExit(file, 'pack'));
  } catch (error) {
    return fail(error instanceof PackError ? error.message : String(error));
  }
  const secretKey = await openSigningKey(dir);
  const signed = await signPack(pack, secretKey);
  const text = `${JSON.stringify(signed, null, 2)}\n`;

  // What we print must pass the extension's own checks (the size limit above all).
  const verdict = await verifySignedPack(text, { trust: null, previousVersion: null });
  if (!verdict.ok) fail(`The signed pack would be refused: ${verdict.reason}`);
  process.stdout.write(text);
}
