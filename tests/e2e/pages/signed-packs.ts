import type { Page } from '@playwright/test';
import { generateKeyPair, type KeyPair } from '../../../lib/pack-trust/keys.ts';
import { signPack } from '../../../lib/pack-trust/signed-pack.ts';
import { testPack } from './test-pack.ts';

/** The test setting's pack at a version, signed by a key, as the file a manager exports. */
export async function signedTestPack(keys: KeyPair, version: number): Promise<string> {
  const pack = testPack();
  pack.meta.version = version;
  return JSON.stringify(await signPack(pack, keys.secretKey), null, 2);
}

export const newKeys = (): Promise<KeyPair> => generateKeyPair();

/** Sends one protocol message from an extension page, as the options page's own code does. */
export function sendFromPage(page: Page, name: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    ([n, d]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ name: n, data: d }),
    [name, data] as const,
  );
}
