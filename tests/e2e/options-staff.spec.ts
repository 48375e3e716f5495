// The staff side of the rule pack on the options page: importing a signed file (comparing the
// key's fingerprint on a first import), the refusals (another key, an older version, a tampered
// file) that leave the pack in force alone, following a link, "I have read this", and the record of
// confirmations staff export for their manager. The popup and the guard in the page use the pack.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { verifyConfirmationRecord } from '../../lib/options/staff/confirmation-record';
import { canonicalJson } from '../../lib/pack-trust/canonical-json';
import { fingerprintOf, generateKeyPair, shortFingerprint, type KeyPair } from '../../lib/pack-trust/keys';
import { signPack } from '../../lib/pack-trust/signed-pack';
import { expect, test } from './fixture';
import { extensionIdOf, newTrackedPage, openPopup } from './pages/extension-pages';
import { openFbEditor } from './pages/facebook';
import { badge } from './pages/guard';
import { testPack } from './pages/test-pack';

/** Names the test setting: the built-in pack (Ashley's House) would not flag it. */
const LOVELY = 'Such a lovely day at Little Acorns Nursery';
const UNCHANGED = 'The pack in force is unchanged.';

let manager: KeyPair;
let stranger: KeyPair;
let managerFingerprint: string;
let dir: string;

test.beforeAll(async () => {
  manager = await generateKeyPair();
  stranger = await generateKeyPair();
  managerFingerprint = await fingerprintOf(manager.publicKey);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssg-staff-packs-'));
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The test setting's pack at `version`, signed by `keys`, as the text of the file a manager exports. */
async function signedText(version: number, keys: KeyPair): Promise<string> {
  const pack = testPack();
  pack.meta.version = version;
  return JSON.stringify(await signPack(pack, keys.secretKey), null, 2);
}

/** Writes a pack file where the browser's file chooser can pick it. */
function packFile(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pack-in-force')).toBeVisible();
}

const fileInput = (page: Page): Locator => page.getByLabel('Rule pack file (.json)');
const importStatus = (page: Page): Locator => page.getByTestId('import-status');
const inForceVersion = (page: Page): Locator => page.getByTestId('in-force-version');

/** The first import of the manager's pack at `version`: compare the fingerprint, then trust it. */
async function firstImport(page: Page, version: number): Promise<void> {
  await fileInput(page).setInputFiles(
    packFile(`little-acorns-v${version}.json`, await signedText(version, manager)),
  );
  const prompt = page.getByTestId('trust-prompt');
  await expect(prompt.getByTestId('trust-fingerprint')).toHaveText(shortFingerprint(managerFingerprint));
  await expect(prompt.getByTestId('trust-fingerprint-full')).toHaveText(managerFingerprint);
  await prompt.getByRole('button', { name: 'Trust this key and install' }).click();
  await expect(importStatus(page)).toHaveText(
    `Version ${version} is now in force. Read “What the policy asks”, then choose “I have read this”.`,
  );
  await expect(inForceVersion(page)).toHaveText(String(version));
}

/** A later file, from the key already trusted (or not), that the background refuses. */
async function refusedImport(page: Page, name: string, text: string, reason: string | RegExp): Promise<void> {
  await fileInput(page).setInputFiles(packFile(name, text));
  const expected =
    typeof reason === 'string'
      ? `${name} was refused: ${reason}. ${UNCHANGED}`
      : new RegExp(`^${name.replace('.', '\\.')} was refused: ${reason.source}\\. ${UNCHANGED}$`);
  await expect(importStatus(page)).toHaveText(expected);
  await expect(importStatus(page)).toHaveAttribute('data-kind', 'refused');
  await expect(page.getByTestId('trust-prompt')).toHaveCount(0);
}

async function typeOnFacebook(site: Page): Promise<void> {
  await site.goto('https://www.facebook.com/');
  await openFbEditor(site);
  await site.keyboard.type(LOVELY);
}

const downloadText = async (download: Download): Promise<string> =>
  fs.readFileSync(await download.path(), 'utf8');

test.describe('the staff rule pack on the options page', () => {
  // `page` first in every test: its fixture empties extension storage, so each starts with the
  // built-in pack and no trusted key.

  test('a first import shows the fingerprint, installs after "Trust", and the guard and popup use it', async ({
    page,
    context,
    serviceWorker,
  }) => {
    const { page: site, tabId } = await newTrackedPage(context, serviceWorker);
    await typeOnFacebook(site);
    // The built-in pack knows nothing of Little Acorns.
    await expect(badge(site)).toHaveAttribute('data-kind', 'clear');

    await openOptions(page, extensionIdOf(serviceWorker));
    await expect(page.getByTestId('in-force-setting')).toHaveText("Ashley's House");
    await expect(page.getByTestId('in-force-source')).toHaveText('Built into the extension');

    // Cancel first: nothing changes.
    await fileInput(page).setInputFiles(packFile('little-acorns-v5.json', await signedText(5, manager)));
    const prompt = page.getByTestId('trust-prompt');
    await expect(prompt).toContainText(
      "little-acorns-v5.json holds version 5 of Little Acorns Nursery's rule pack, issued by Dipaley Patel.",
    );
    await expect(
      prompt.getByRole('heading', { name: 'Check the signing key before you trust it' }),
    ).toBeFocused();
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await expect(importStatus(page)).toHaveText(`Cancelled: nothing was installed. ${UNCHANGED}`);
    await expect(page.getByTestId('in-force-setting')).toHaveText("Ashley's House");

    await firstImport(page, 5);
    await expect(page.getByTestId('in-force-setting')).toHaveText('Little Acorns Nursery');
    await expect(page.getByTestId('in-force-source')).toHaveText('Imported from a file');
    await expect(page.getByTestId('in-force-fingerprint')).toHaveText(shortFingerprint(managerFingerprint));
    await expect(page.getByRole('button', { name: 'I have read this' })).toBeVisible();

    // The guard in the page applies the new pack.
    await typeOnFacebook(site);
    await expect(badge(site)).toHaveAttribute('data-kind', 'warning');

    // The popup names it and asks staff to read it.
    const popup = await openPopup(context, serviceWorker, tabId);
    await expect(popup.getByTestId('pack-line')).toHaveText('Rule pack: Little Acorns Nursery, version 5');
    await expect(popup.getByTestId('pack-changed')).toContainText(
      "Your setting's rule pack has changed (version 5).",
    );
    // Chromium brings an open options tab forward rather than opening another: leave it first.
    await page.goto('about:blank');
    const optionsOpened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Read what it asks' }).click();
    const opened = await optionsOpened;
    await expect(opened).toHaveURL(`chrome-extension://${extensionIdOf(serviceWorker)}/options.html`);
    await expect(opened.getByTestId('in-force-version')).toHaveText('5');
    await Promise.all([opened.close(), popup.close(), site.close()]);
  });

  test('a pack signed by another key is refused with the reason, and the pack in force stays', async ({
    page,
    serviceWorker,
  }) => {
    await openOptions(page, extensionIdOf(serviceWorker));
    await firstImport(page, 5);
    const strangerFingerprint = await fingerprintOf(stranger.publicKey);
    await refusedImport(
      page,
      'little-acorns-v6.json',
      await signedText(6, stranger),
      `it is signed by a key you have not trusted (fingerprint ${strangerFingerprint})`,
    );
    await expect(inForceVersion(page)).toHaveText('5');
    await expect(page.getByTestId('in-force-fingerprint')).toHaveText(shortFingerprint(managerFingerprint));
  });

  test('an older version is refused, and so is the same one again', async ({ page, serviceWorker }) => {
    await openOptions(page, extensionIdOf(serviceWorker));
    await firstImport(page, 5);
    await refusedImport(
      page,
      'little-acorns-v4.json',
      await signedText(4, manager),
      'it is version 4, and version 5 is already in force; only a newer version is accepted',
    );
    await refusedImport(
      page,
      'little-acorns-v5-again.json',
      await signedText(5, manager),
      'it is version 5, and version 5 is already in force; only a newer version is accepted',
    );
    await expect(inForceVersion(page)).toHaveText('5');
  });

  test('a file edited after signing is refused, first import or not', async ({ page, serviceWorker }) => {
    await openOptions(page, extensionIdOf(serviceWorker));
    const tampered = async (version: number) => {
      const text = await signedText(version, manager);
      const edited = text.replace('"Amelia Smith"', '"Amelia Smyth"');
      expect(edited).not.toBe(text);
      return edited;
    };
    const reason = 'its signature does not match its contents: it was changed after signing';
    // Before any key is trusted: refused before the fingerprint question is even asked.
    await refusedImport(page, 'little-acorns-v5-edited.json', await tampered(5), reason);
    await expect(page.getByTestId('in-force-setting')).toHaveText("Ashley's House");

    await firstImport(page, 5);
    await refusedImport(page, 'little-acorns-v6-edited.json', await tampered(6), reason);
    await expect(inForceVersion(page)).toHaveText('5');

    // A newer, untouched file from the same key goes straight in: no question the second time.
    await fileInput(page).setInputFiles(packFile('little-acorns-v6.json', await signedText(6, manager)));
    await expect(importStatus(page)).toHaveText(
      'Version 6 is now in force. Read “What the policy asks”, then choose “I have read this”.',
    );
    await expect(inForceVersion(page)).toHaveText('6');
  });

  test('"I have read this" records a confirmation, listed and exported with a checksum', async ({
    page,
    context,
    serviceWorker,
  }) => {
    await openOptions(page, extensionIdOf(serviceWorker));
    await firstImport(page, 5);

    const summary = page.getByTestId('policy-summary').getByRole('listitem');
    await expect(summary.first()).toHaveText(
      'Not to name the setting they work at — what the guard does: warns you before you post; you can edit or post anyway',
    );
    await expect(summary).toHaveCount(5);
    await expect(page.getByTestId('no-confirmations')).toBeVisible();

    await page.getByRole('button', { name: 'I have read this' }).click();
    await expect(page.getByTestId('read-status')).toHaveText(
      'Thank you. Your confirmation that you read version 5 is listed under “My confirmations”.',
    );
    await expect(page.getByTestId('read-confirmed')).toContainText(
      'You confirmed that you read version 5 on',
    );
    await expect(page.getByRole('button', { name: 'I have read this' })).toHaveCount(0);
    const rows = page.getByTestId('confirmations').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.locator('td').nth(0)).toHaveText('5');
    await expect(rows.locator('td').nth(1)).toHaveText('Little Acorns Nursery');

    // The popup has nothing more to ask.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionIdOf(serviceWorker)}/popup.html`);
    await expect(popup.getByTestId('pack-line')).toBeVisible();
    await expect(popup.getByTestId('pack-changed')).toHaveCount(0);
    await popup.close();

    await page.getByRole('button', { name: 'Export my confirmations' }).click();
    await page.getByRole('button', { name: 'Create the record' }).click();
    await expect(page.getByTestId('export-status')).toHaveText('Type your full name for the record.');
    await page.getByLabel('Your full name').fill('Jo Bloggs');
    await page.getByRole('button', { name: 'Create the record' }).click();
    await expect(page.getByTestId('export-status')).toHaveText(
      'Your record is ready: download both files below.',
    );

    const record = page.getByTestId('record');
    const fetch = async (name: RegExp) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        record.getByRole('link', { name }).click(),
      ]);
      return download;
    };
    const txt = await fetch(/^Statement to sign/);
    const json = await fetch(/^The same record as data/);
    expect(txt.suggestedFilename()).toMatch(/^rule-pack-confirmations-jo-bloggs-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(json.suggestedFilename()).toBe(txt.suggestedFilename().replace(/\.txt$/, '.json'));

    const text = await downloadText(txt);
    expect(text).toContain(
      "I, Jo Bloggs, confirm that I have read the following versions of Little Acorns Nursery's social media rule pack:",
    );
    expect(text).toMatch(
      new RegExp(
        `- version 5, confirmed on .* \\(pack "little-acorns", signing key ${shortFingerprint(managerFingerprint)}\\)`,
      ),
    );

    const twinText = await downloadText(json);
    const twin = JSON.parse(twinText) as {
      sha256: string;
      name: string;
      confirmations: unknown[];
      statement: string;
    };
    expect(twin.name).toBe('Jo Bloggs');
    expect(twin.confirmations).toEqual([
      expect.objectContaining({
        packId: 'little-acorns',
        version: 5,
        setting: 'Little Acorns Nursery',
        fingerprint: managerFingerprint,
      }),
    ]);
    // The checksum: SHA-256 of the canonical JSON of everything but itself, shown on the page and
    // in the text file, which holds the same statement.
    const { sha256, ...data } = twin;
    expect(sha256).toBe(createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex'));
    await expect(record.getByTestId('record-sha256')).toHaveText(sha256);
    expect(text).toContain(sha256);
    expect(text.startsWith(twin.statement)).toBe(true);
    expect((await verifyConfirmationRecord(twinText)).ok).toBe(true);
    expect((await verifyConfirmationRecord(twinText.replace('"version": 5', '"version": 6'))).ok).toBe(false);
  });

  test('following a link: the address is checked, a new key is compared, then it can be checked and stopped', async ({
    page,
    context,
    serviceWorker,
  }) => {
    let body = await signedText(2, manager);
    const server = http.createServer((_request, response) => {
      response
        .writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' })
        .end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://localhost:${(server.address() as AddressInfo).port}/little-acorns.json`;
    // The extension's fetches go to this local server; nothing else reaches the network.
    await context.route(`${new URL(url).origin}/**`, (route) => route.continue());
    try {
      await openOptions(page, extensionIdOf(serviceWorker));
      const address = page.getByLabel('Address of the rule pack');
      const status = page.getByTestId('link-status');

      await address.fill('http://packs.example.org/little-acorns.json');
      await page.getByRole('button', { name: 'Follow this link' }).click();
      await expect(status).toHaveText(/^The address must start with https:\/\//);
      await expect(address).toHaveAttribute('aria-invalid', 'true');

      await address.fill(url);
      await page.getByRole('button', { name: 'Follow this link' }).click();
      const prompt = page.getByTestId('trust-prompt');
      await expect(prompt.getByTestId('trust-fingerprint')).toHaveText(shortFingerprint(managerFingerprint));
      await prompt.getByRole('button', { name: 'Trust this key and install' }).click();
      await expect(status).toHaveText('Following the link. Version 2 is in force.');
      await expect(page.getByTestId('link-url')).toHaveText(url);
      await expect(page.getByTestId('link-last-checked')).toHaveText(
        /^Last checked .*: updated to version 2$/,
      );
      await expect(page.getByTestId('in-force-source')).toHaveText('Followed from a link');

      await page.getByRole('button', { name: 'Check now' }).click();
      await expect(status).toHaveText(`Checked: there is no newer version. ${UNCHANGED}`);

      body = await signedText(3, manager);
      await page.getByRole('button', { name: 'Check now' }).click();
      await expect(status).toHaveText('Checked: version 3 is now in force.');
      await expect(inForceVersion(page)).toHaveText('3');

      // A refused update is recorded and shown as a warning; the pack in force stays.
      body = await signedText(4, stranger);
      await page.getByRole('button', { name: 'Check now' }).click();
      await expect(status).toHaveText(/^Not updated: it is signed by a key you have not trusted/);
      await expect(page.getByTestId('last-refusal')).toHaveText(
        new RegExp(
          `^A rule pack was refused on .* from ${url.replace(/[.]/g, '\\.')}: it is signed by a key you have not trusted .*\\. ${UNCHANGED}$`,
        ),
      );
      await expect(inForceVersion(page)).toHaveText('3');

      await page.getByRole('button', { name: 'Stop following this link' }).click();
      await expect(status).toHaveText(`You no longer follow the link. ${UNCHANGED}`);
      await expect(page.getByLabel('Address of the rule pack')).toBeVisible();
      await expect(inForceVersion(page)).toHaveText('3');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
