import { useCallback, useState } from 'react';
import type { KeyBackup } from '../../pack-trust/encrypt-key.ts';
import { shortFingerprint } from '../../pack-trust/keys.ts';
import { signPack } from '../../pack-trust/signed-pack.ts';
import type { RulePack } from '../../pack/schema.ts';
import { downloadText, packFileName } from './download.ts';
import { withSecretKey } from './key-steps.ts';

export interface PackExport {
  signing: boolean;
  error: string | null;
  notice: string | null;
  /** Signs the pack and downloads it; resolves to the file name, or null when it failed (see error). */
  signAndDownload: (pack: RulePack, backup: KeyBackup, passphrase: string) => Promise<string | null>;
  /** Shows a problem found before signing (the form has errors, no key yet). */
  refuse: (reason: string) => void;
}

/** "Sign and download the pack": the key is opened with the passphrase only for the signature. */
export function usePackExport(): PackExport {
  const [signing, setSigning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const signAndDownload = useCallback(async (pack: RulePack, backup: KeyBackup, passphrase: string) => {
    setSigning(true);
    setError(null);
    setNotice(null);
    try {
      const signed = await withSecretKey(backup, passphrase, (secretKey) => signPack(pack, secretKey));
      const fileName = packFileName(pack.meta.id, pack.meta.version);
      downloadText(fileName, `${JSON.stringify(signed, null, 2)}\n`);
      setNotice(
        `Signed and downloaded ${fileName}: version ${pack.meta.version}, signed by the key with fingerprint ${shortFingerprint(signed.signature.fingerprint)}.`,
      );
      return fileName;
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
      return null;
    } finally {
      setSigning(false);
    }
  }, []);

  const refuse = useCallback((reason: string) => {
    setNotice(null);
    setError(reason);
  }, []);

  return { signing, error, notice, signAndDownload, refuse };
}
