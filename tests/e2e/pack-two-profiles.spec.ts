// The whole journey of a pack: a manager builds and exports it in one browser profile, and a member
// of staff imports it in another, compares the fingerprint, and their guard applies the new rules.
import fs from 'node:fs';
import { expect, test } from './fixture';
import { launchWithReplicas } from './launch';
import { extensionIdOf } from './pages/extension-pages';
import { openFbEditor } from './pages/facebook';
import { badge } from './pages/guard';

const PASSPHRASE = 'correct horse battery staple';

test('a pack exported by the manager is imported, trusted and applied in a second profile', async ({
  page,
  serviceWorker,
}) => {
  // Profile 1: the manager.
  await page.goto(`chrome-extension://${extensionIdOf(serviceWorker)}/options.html`);
  const manager = page.getByRole('region', { name: 'For managers: build and sign a rule pack' });
  await manager.getByLabel('Name of the setting').fill('Bramble Hedge Pre-School');
  await manager.getByLabel('Passphrase for the key').fill(PASSPHRASE);
  await manager.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await manager.getByRole('button', { name: 'Create a signing key' }).click();
  const shown = (await manager.getByTestId('key-fingerprint').textContent()) ?? '';
  expect(shown).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  await manager.getByLabel('Pack name').fill('bramble-hedge');
  await manager.getByLabel('Issued by').fill('Jo Bloggs, Manager');
  await manager.getByLabel('Passphrase for your signing key').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await manager.getByRole('button', { name: 'Sign and download the pack' }).click();
  const file = await (await downloading).path();

  // Profile 2: a member of staff, in a browser of their own.
  const staff = await launchWithReplicas({ headless: true });
  try {
    const worker = staff.serviceWorkers()[0] ?? (await staff.waitForEvent('serviceworker'));
    const options = await staff.newPage();
    await options.goto(`chrome-extension://${extensionIdOf(worker)}/options.html`);
    await options.getByLabel('Rule pack file (.json)').setInputFiles({
      name: 'bramble-hedge-v1.ssgpack.json',
      mimeType: 'application/json',
      buffer: fs.readFileSync(file),
    });
    const prompt = options.getByTestId('trust-prompt');
    await expect(prompt.getByTestId('trust-fingerprint')).toHaveText(shown);
    await prompt.getByRole('button', { name: 'Trust this key and install' }).click();
    await expect(options.getByTestId('in-force-setting')).toHaveText('Bramble Hedge Pre-School');

    const site = await staff.newPage();
    await site.goto('https://www.facebook.com/');
    await openFbEditor(site);
    await site.keyboard.type('Another busy morning at Bramble Hedge Pre-School');
    await expect(badge(site)).toHaveAttribute('data-kind', 'warning');
  } finally {
    await staff.close();
  }
});
