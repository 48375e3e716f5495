// The manager's section of the options page: the setting's profile with errors beside the fields,
// the test bench, a signing key kept only encrypted, a signed export that staff would accept, and
// the draft kept across a reload.
import fs from 'node:fs';
import type { Locator, Page, Worker } from '@playwright/test';
import type { WxtBrowser } from 'wxt/browser';
import { KEY_BACKUP_FORMAT } from '../../lib/pack-trust/encrypt-key.ts';
import { shortFingerprint } from '../../lib/pack-trust/keys.ts';
import { verifySignedPack } from '../../lib/pack-trust/verify-signed-pack.ts';
import { expect, test } from './fixture';
import { extensionIdOf } from './pages/extension-pages';

type ExtensionGlobals = { chrome: WxtBrowser };

const PASSPHRASE = 'correct horse battery staple';
const SETTING = 'Little Acorns Nursery';
const PARENT = 'Sarah Jones, mother, Amelia Jones';

async function openManager(page: Page, serviceWorker: Worker): Promise<Locator> {
  await page.goto(`chrome-extension://${extensionIdOf(serviceWorker)}/options.html`);
  const manager = page.getByRole('region', { name: 'For managers: build and sign a rule pack' });
  await expect(manager.getByLabel('Name of the setting')).toBeVisible();
  return manager;
}

const stored = (serviceWorker: Worker, key: string): Promise<unknown> =>
  serviceWorker.evaluate(
    async (k) => (await (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get(k))[k],
    key,
  );

/** A paste of plain text, as from the clipboard, without touching the machine's real clipboard. */
async function pasteText(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function createKey(manager: Locator): Promise<string> {
  await manager.getByLabel('Passphrase for the key').fill(PASSPHRASE);
  await manager.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await manager.getByRole('button', { name: 'Create a signing key' }).click();
  await expect(manager.getByTestId('key-fingerprint')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  return (await manager.getByTestId('key-full-fingerprint').textContent()) ?? '';
}

test.describe('the manager section', () => {
  test('builds, tests, signs and exports a pack that staff accept, and keeps the draft', async ({
    page,
    serviceWorker,
  }) => {
    const manager = await openManager(page, serviceWorker);
    await manager.getByLabel('Name of the setting').fill(SETTING);
    await manager.getByLabel('Children').fill('Amelia Jones');
    await manager.getByLabel('Parents and family members').fill(PARENT);

    // The photo settings: coordinates pasted from a map into one box fill both, and a uniform colour.
    await pasteText(manager.getByLabel('Latitude of the setting'), '51.5072, -0.1276');
    await expect(manager.getByLabel('Longitude of the setting')).toHaveValue('-0.1276');
    await manager.getByRole('button', { name: 'Add a uniform colour' }).click();
    await expect(manager.getByLabel('Uniform colour 1', { exact: true })).toBeFocused();
    await manager.getByLabel('Uniform colour 1', { exact: true }).fill('#1f6f3a');
    await expect(manager.getByLabel('Uniform colour 1, colour code')).toHaveValue('#1f6f3a');

    // An error appears beside an invalid email once the field is left, and goes when it is fixed.
    const emails = manager.getByLabel('Email addresses');
    await emails.fill('office@');
    await expect(emails).not.toHaveAttribute('aria-invalid', 'true');
    await emails.blur();
    await expect(emails).toHaveAttribute('aria-invalid', 'true');
    await expect(emails).toHaveAccessibleDescription(
      /Line 1: must be an email address like office@example\.org/,
    );
    await emails.fill('office@littleacorns.example');
    await expect(emails).not.toHaveAttribute('aria-invalid', 'true');
    await expect(manager.getByText(/must be an email address/)).toHaveCount(0);

    // The test bench checks a post against the pack being built, as staff would see it.
    await manager.getByLabel('Try a post').fill(`Lovely sunny day at ${SETTING} today`);
    const bench = manager.getByTestId('bench-result');
    await expect(bench.getByRole('heading', { name: 'Names the setting' })).toBeVisible();
    await expect(bench.locator('mark').first()).toContainText('Little Acorns');
    await manager.getByLabel('Where it goes').selectOption('dm');
    await manager.getByLabel('Sent to').fill('Sarah Jones');
    await manager.getByLabel('Try a post').fill('Hiya, hope you are well!');
    await expect(bench.getByRole('heading', { name: 'Private message to a parent' })).toBeVisible();

    // A signing key, kept in storage only as its encrypted backup.
    const fingerprint = await createKey(manager);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const key = (await stored(serviceWorker, 'managerKey')) as Record<string, unknown>;
    expect(key).toMatchObject({ format: KEY_BACKUP_FORMAT, fingerprint });
    expect(Object.keys(key).sort()).toEqual(['cipher', 'data', 'fingerprint', 'format', 'kdf', 'publicKey']);

    // Export: the pack's identity, the passphrase, and a signed file staff would accept.
    await manager.getByLabel('Pack name').fill('little-acorns-policy');
    await manager.getByLabel('Issued by').fill('Jo Bloggs, Manager');
    await manager.getByLabel('Passphrase for your signing key').fill(PASSPHRASE);
    const downloading = page.waitForEvent('download');
    await manager.getByRole('button', { name: 'Sign and download the pack' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('little-acorns-policy-v1.ssgpack.json');
    const text = fs.readFileSync(await download.path(), 'utf8');
    const verdict = await verifySignedPack(text, { trust: [{ fingerprint }], previousVersion: null });
    if (!verdict.ok) throw new Error(`the exported pack was refused: ${verdict.reason}`);
    expect(verdict.fingerprint).toBe(fingerprint);
    expect(shortFingerprint(verdict.fingerprint)).toBe(
      await manager.getByTestId('key-fingerprint').textContent(),
    );
    expect(verdict.version).toBe(1);
    expect(verdict.pack.meta).toMatchObject({
      id: 'little-acorns-policy',
      version: 1,
      issuer: 'Jo Bloggs, Manager',
    });
    expect(verdict.pack.setting.name).toBe(SETTING);
    expect(verdict.pack.setting.emails).toEqual(['office@littleacorns.example']);
    expect(verdict.pack.people.children).toEqual(['Amelia Jones']);
    expect(verdict.pack.setting.coordinates).toEqual({ latitude: 51.5072, longitude: -0.1276 });
    expect(verdict.pack.photos).toMatchObject({ uniformColours: ['#1f6f3a'], nearMetres: 250 });
    expect(verdict.pack.people.family).toEqual([
      { name: 'Sarah Jones', relation: 'mother', child: 'Amelia Jones' },
    ]);
    await expect(manager.getByRole('status').filter({ hasText: 'Signed and downloaded' })).toContainText(
      'little-acorns-policy-v1.ssgpack.json',
    );
    // The next export is offered as the next version.
    await expect(manager.getByLabel('Version')).toHaveValue('2');

    // Reload: the form comes back from the draft, and the key from storage.
    await expect(manager.getByTestId('draft-status')).toHaveAttribute('data-state', 'saved');
    await page.reload();
    await expect(manager.getByLabel('Name of the setting')).toHaveValue(SETTING);
    await expect(manager.getByLabel('Parents and family members')).toHaveValue(PARENT);
    await expect(manager.getByLabel('Email addresses')).toHaveValue('office@littleacorns.example');
    await expect(manager.getByLabel('Latitude of the setting')).toHaveValue('51.5072');
    await expect(manager.getByLabel('Uniform colour 1', { exact: true })).toHaveValue('#1f6f3a');
    await expect(manager.getByLabel('Pack name')).toHaveValue('little-acorns-policy');
    await expect(manager.getByLabel('Version')).toHaveValue('2');
    await expect(manager.getByLabel('Version')).toHaveAccessibleDescription(/You last exported version 1\./);
    await expect(manager.getByTestId('key-full-fingerprint')).toHaveText(fingerprint);
  });

  test('refuses to sign a pack with problems or with the wrong passphrase, and says what to fix', async ({
    page,
    serviceWorker,
  }) => {
    const manager = await openManager(page, serviceWorker);
    await createKey(manager);
    let downloads = 0;
    page.on('download', () => downloads++);

    // Nothing filled in for the pack's name or issuer: the summary lists them and takes focus.
    await manager.getByLabel('Passphrase for your signing key').fill(PASSPHRASE);
    await manager.getByRole('button', { name: 'Sign and download the pack' }).click();
    const summary = manager.getByRole('group', { name: /There are 2 problems to fix/ });
    await expect(summary).toBeFocused();
    await expect(manager.getByLabel('Pack name')).toHaveAccessibleDescription(/Must not be empty/);
    await summary.getByRole('link', { name: 'Issued by: Must not be empty' }).click();
    await expect(manager.getByLabel('Issued by')).toBeFocused();
    await expect(manager.getByRole('alert').filter({ hasText: 'The pack was not signed' })).toBeVisible();

    // Fixed, but the wrong passphrase.
    await manager.getByLabel('Pack name').fill('acorns');
    await manager.getByLabel('Issued by').fill('Jo Bloggs');
    await expect(summary).toHaveCount(0);
    await manager.getByLabel('Passphrase for your signing key').fill('not the passphrase');
    await manager.getByRole('button', { name: 'Sign and download the pack' }).click();
    await expect(manager.getByRole('alert').filter({ hasText: 'The passphrase is wrong' })).toBeVisible();
    expect(downloads).toBe(0);
  });
});
