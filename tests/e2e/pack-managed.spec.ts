// An administrator's browser policy sets the pack address and the trusted key: Debian's Chromium
// reads machine policy from JSON files in /etc/chromium/policies/managed/, which this test writes
// for real (CI runs as root), for our extension's id. The setup is applied and locked for staff.
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EXT_PATH } from './extension-path';
import { expect, test } from './fixture';
import { CHROMIUM, chromiumArgs } from './launch';
import { startPackServer } from './pages/pack-server';
import { newKeys, sendFromPage, signedTestPack } from './pages/signed-packs';

const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits,
 * each written as a letter a–p. Fixed for a given build folder, so the policy can name it.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

test('a managed pack address and key are applied, and staff cannot change them', async () => {
  test.skip(process.getuid?.() !== 0, 'writing Chromium machine policy needs root, as in CI');
  const server = await startPackServer();
  const keys = await newKeys();
  const text = await signedTestPack(keys, 5);
  server.publish(text);
  const fingerprint = (JSON.parse(text) as { signature: { fingerprint: string } }).signature.fingerprint;
  const id = unpackedExtensionId(EXT_PATH);
  const policyFile = path.join(POLICY_DIR, `staff-social-guard-e2e-${process.pid}.json`);
  fs.mkdirSync(POLICY_DIR, { recursive: true });
  fs.writeFileSync(
    policyFile,
    JSON.stringify({
      '3rdparty': { extensions: { [id]: { packUrl: server.url, trustedKeys: [fingerprint] } } },
    }),
  );
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(EXT_PATH),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(id);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    type State = { managed: boolean; active: { source: string; version: number } };
    await expect
      .poll(async () => (await sendFromPage(page, 'getPackState', {})) as State, { timeout: 15_000 })
      .toMatchObject({ managed: true, active: { source: 'managed', version: 5 } });

    const locked = 'Your organisation manages this rule pack, so it cannot be changed here.';
    const other = await signedTestPack(await newKeys(), 6);
    expect(await sendFromPage(page, 'installPackFile', { text: other, acceptFingerprint: null })).toEqual({
      ok: false,
      reason: locked,
    });
    expect(
      await sendFromPage(page, 'subscribePack', {
        url: 'https://elsewhere.example.org/p.json',
        acceptFingerprint: null,
      }),
    ).toEqual({ ok: false, reason: locked });
    // A downgrade from the managed address itself is refused too.
    server.publish(await signedTestPack(keys, 4));
    const result = (await sendFromPage(page, 'checkPackNow', {})) as { ok: boolean; reason: string };
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/only a newer version/),
    });
    expect(((await sendFromPage(page, 'getPackState', {})) as State).active.version).toBe(5);
  } finally {
    await context.close();
    fs.rmSync(policyFile, { force: true });
    await server.close();
  }
});
