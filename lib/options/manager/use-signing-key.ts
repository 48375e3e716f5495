import { browser } from '#imports';
import { useCallback, useEffect, useState } from 'react';
import { keyBackupSchema, type KeyBackup } from '../../pack-trust/encrypt-key.ts';
import { downloadText, KEY_BACKUP_FILE_NAME, readTextFile } from './download.ts';
import { checkPassphrase, createKeyBackup, readKeyBackup } from './key-steps.ts';

/** `browser.storage.local` key holding the signing key, only ever as its encrypted backup. */
export const KEY_STORAGE_KEY = 'managerKey';

export type KeyWork = 'creating' | 'restoring';

export interface SigningKey {
  /** The stored key's encrypted backup, with its public key and fingerprint in the clear. */
  backup: KeyBackup | null;
  loaded: boolean;
  busy: KeyWork | null;
  error: string | null;
  notice: string | null;
  /** A backup file chosen to restore, waiting for its passphrase. */
  pendingRestore: KeyBackup | null;
  create: (passphrase: string, repeat: string) => Promise<boolean>;
  chooseRestoreFile: (file: File) => Promise<void>;
  confirmRestore: (passphrase: string) => Promise<boolean>;
  cancelRestore: () => void;
  downloadBackup: () => void;
  copyPublicKey: () => void;
}

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The manager's Ed25519 signing key. The secret key exists unencrypted only in memory, for the
 * moment of creating, restoring or signing; storage and the backup file hold it encrypted.
 */
export function useSigningKey(): SigningKey {
  const [backup, setBackup] = useState<KeyBackup | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState<KeyWork | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pendingRestore, setPendingRestore] = useState<KeyBackup | null>(null);

  useEffect(() => {
    let live = true;
    const show = (stored: unknown) => {
      if (!live) return;
      const parsed = stored === undefined ? null : keyBackupSchema.safeParse(stored);
      setBackup(parsed?.success ? parsed.data : null);
      if (parsed && !parsed.success)
        setError('The stored signing key is damaged: restore it from your backup.');
      setLoaded(true);
    };
    browser.storage.local.get(KEY_STORAGE_KEY).then(
      (items) => show(items[KEY_STORAGE_KEY]),
      (reason: unknown) => {
        if (!live) return;
        setError(`The signing key could not be loaded (${why(reason)}).`);
        setLoaded(true);
      },
    );
    // Another options tab may create or restore a key.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && KEY_STORAGE_KEY in changes) show(changes[KEY_STORAGE_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const run = useCallback(async (work: KeyWork, task: () => Promise<string>): Promise<boolean> => {
    setBusy(work);
    setError(null);
    setNotice(null);
    try {
      setNotice(await task());
      return true;
    } catch (reason) {
      setError(why(reason));
      return false;
    } finally {
      setBusy(null);
    }
  }, []);

  const store = async (next: KeyBackup) => {
    await browser.storage.local.set({ [KEY_STORAGE_KEY]: next });
    setBackup(next);
  };

  const create = (passphrase: string, repeat: string) =>
    run('creating', async () => {
      await store(await createKeyBackup(passphrase, repeat));
      return 'Your signing key is ready. Download a backup now and keep it safe: without it, a lost key cannot be replaced without every member of staff trusting a new one.';
    });

  const chooseRestoreFile = async (file: File) => {
    setError(null);
    setNotice(null);
    setPendingRestore(null);
    try {
      setPendingRestore(readKeyBackup(await readTextFile(file, 100_000), file.name));
    } catch (reason) {
      setError(why(reason));
    }
  };

  const confirmRestore = (passphrase: string) =>
    run('restoring', async () => {
      if (!pendingRestore) throw new Error('Choose a key backup file first.');
      await checkPassphrase(pendingRestore, passphrase);
      await store(pendingRestore);
      setPendingRestore(null);
      return 'Your signing key is restored from the backup.';
    });

  const downloadBackup = () => {
    if (!backup) return;
    downloadText(KEY_BACKUP_FILE_NAME, `${JSON.stringify(backup, null, 2)}\n`);
    setNotice(`Downloaded ${KEY_BACKUP_FILE_NAME}. It opens only with your passphrase.`);
  };

  const copyPublicKey = () => {
    if (!backup) return;
    navigator.clipboard.writeText(backup.publicKey).then(
      () => setNotice('Public key copied.'),
      () => setError('The public key could not be copied: select it and copy it instead.'),
    );
  };

  return {
    backup,
    loaded,
    busy,
    error,
    notice,
    pendingRestore,
    create,
    chooseRestoreFile,
    confirmRestore,
    cancelRestore: () => setPendingRestore(null),
    downloadBackup,
    copyPublicKey,
  };
}
