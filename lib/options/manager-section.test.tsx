// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { verifySignedPack } from '../pack-trust/verify-signed-pack.ts';
import { ManagerSection } from './manager-section.tsx';
import { defaultForm } from './manager/form.ts';
import { DRAFT_KEY } from './manager/use-manager-draft.ts';
import { KEY_STORAGE_KEY } from './manager/use-signing-key.ts';

// The whole section against fake extension storage, with real validation, engine and crypto.

const PASSPHRASE = 'correct horse battery staple';

/** Every file the section saves, by name, read back as text. */
let downloads: { name: string; text: Promise<string> }[];

beforeEach(() => {
  fakeBrowser.reset();
  downloads = [];
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) downloads.push({ name: this.download, text: blob.text() });
  });
});
afterEach(cleanup);

const field = (name: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(name);
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

async function renderLoaded() {
  render(<ManagerSection />);
  await screen.findByLabelText('Name of the setting');
}

describe('ManagerSection', { timeout: 30_000 }, () => {
  it('restores the draft from storage', async () => {
    const values = { ...defaultForm().values, 'setting.name': 'Little Acorns', 'meta.id': 'acorns' };
    await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { format: 1, values, lastExportedVersion: 4 } });
    await renderLoaded();
    expect(field('Name of the setting').value).toBe('Little Acorns');
    expect(field('Pack name').value).toBe('acorns');
    expect(screen.getByText(/You last exported version 4\./)).toBeInstanceOf(HTMLElement);
  });

  it('shows a problem once the field is left, clears it when fixed, and saves the draft', async () => {
    await renderLoaded();
    type('Email addresses', 'office@');
    expect(field('Email addresses').getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(field('Email addresses'));
    expect(field('Email addresses').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Line 1: must be an email address like office@example.org')).toBeInstanceOf(
      HTMLElement,
    );
    type('Email addresses', 'office@acorns.example');
    expect(field('Email addresses').getAttribute('aria-invalid')).toBeNull();
    await waitFor(async () =>
      expect(await stored(DRAFT_KEY)).toMatchObject({
        values: { 'setting.emails': 'office@acorns.example' },
      }),
    );
    expect(screen.getByTestId('draft-status').textContent).toBe('All changes saved in this browser.');
  });

  it('adds names from a CSV file and lists the rows it could not read', async () => {
    await renderLoaded();
    type('Children', 'Amelia Jones');
    const csv = new File(
      ['Name,Room\r\n"Jones, Amelia",Babies\r\nAmelia Jones,Babies\r\n,Toddlers\r\n'],
      'children.csv',
    );
    const children = within(field('Children').closest('.ssg-mf-row') as HTMLElement);
    fireEvent.change(children.getByLabelText('Add from a CSV file'), { target: { files: [csv] } });
    await waitFor(() => expect(field('Children').value).toBe('Amelia Jones\nJones, Amelia'));
    expect(children.getByRole('status').textContent).toBe(
      'Added 1 entry from children.csv (1 was already listed). 1 row could not be read:Line 4: the "Name" column is empty',
    );
  });

  it('runs the test bench on the pack as it is built', async () => {
    await renderLoaded();
    type('Name of the setting', 'Little Acorns Nursery');
    type('Try a post', 'What a day at Little Acorns Nursery');
    const result = screen.getByTestId('bench-result');
    await waitFor(() =>
      expect(within(result).getByRole('heading', { name: 'Names the setting' })).toBeInstanceOf(HTMLElement),
    );
    expect(result.querySelector('mark')?.textContent).toContain('Little Acorns');
    type('Name of the setting', '');
    await waitFor(() =>
      expect(within(result).getByRole('status').textContent).toMatch(/once these problems/),
    );
    expect(within(result).getByRole('listitem').textContent).toBe('Name of the setting: Must not be empty');
  });

  it('resets the policy fields to the built-in policy after a confirm step, keeping the pack name', async () => {
    await renderLoaded();
    type('Name of the setting', 'Little Acorns');
    type('Pack name', 'acorns');
    fireEvent.click(screen.getByRole('button', { name: 'Start from the built-in policy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace with the built-in policy' }));
    expect(field('Name of the setting').value).toBe(defaultForm().values['setting.name']);
    expect(field('Pack name').value).toBe('acorns');
  });

  it('creates a key kept only encrypted, signs with it, and offers the next version', async () => {
    await renderLoaded();
    type('Passphrase for the key', PASSPHRASE);
    type('Type the passphrase again', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Create a signing key' }));
    expect(screen.getByText('Creating the key…')).toBeInstanceOf(HTMLElement);
    const shown = await screen.findByTestId('key-full-fingerprint', {}, { timeout: 10_000 });
    const backup = (await stored(KEY_STORAGE_KEY)) as Record<string, unknown>;
    expect(Object.keys(backup).sort()).toEqual([
      'cipher',
      'data',
      'fingerprint',
      'format',
      'kdf',
      'publicKey',
    ]);
    expect(backup.fingerprint).toBe(shown.textContent);

    // Export refused until the pack has a name and an issuer.
    type('Passphrase for your signing key', PASSPHRASE);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign and download the pack' }));
      await Promise.resolve();
    });
    expect(screen.getByRole('group', { name: /There are 2 problems/ })).toBeInstanceOf(HTMLElement);
    expect(field('Issued by').getAttribute('aria-invalid')).toBe('true');
    expect(downloads).toEqual([]);

    type('Pack name', 'acorns');
    type('Issued by', 'Jo Bloggs');
    type('Name of the setting', 'Little Acorns');
    type('Passphrase for your signing key', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Sign and download the pack' }));
    await waitFor(() => expect(field('Version').value).toBe('2'), { timeout: 10_000 });
    expect(downloads.map((d) => d.name)).toEqual(['acorns-v1.ssgpack.json']);
    const fingerprint = String(backup.fingerprint);
    const verdict = await verifySignedPack(await downloads[0]!.text, {
      trust: [{ fingerprint }],
      previousVersion: null,
    });
    expect(verdict).toMatchObject({ ok: true, version: 1, fingerprint });
    expect(verdict.ok && verdict.pack.setting.name).toBe('Little Acorns');
    expect(screen.getByText(/Signed and downloaded acorns-v1\.ssgpack\.json/)).toBeInstanceOf(HTMLElement);
    await waitFor(async () => expect(await stored(DRAFT_KEY)).toMatchObject({ lastExportedVersion: 1 }));

    // The backup file is the stored, encrypted form.
    fireEvent.click(screen.getByRole('button', { name: 'Download key backup' }));
    expect(downloads[1]?.name).toBe('staff-social-guard-signing-key.json');
    expect(JSON.parse(await downloads[1]!.text)).toEqual(backup);
  });

  it('restores a key from its backup only with the right passphrase', async () => {
    await renderLoaded();
    type('Passphrase for the key', PASSPHRASE);
    type('Type the passphrase again', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Create a signing key' }));
    await screen.findByTestId('key-full-fingerprint', {}, { timeout: 10_000 });
    const backup = await stored(KEY_STORAGE_KEY);
    cleanup();
    await fakeBrowser.storage.local.clear();
    await renderLoaded();

    const restore = field('Restore from backup');
    fireEvent.change(restore, { target: { files: [new File(['{"format":"x"}'], 'notes.json')] } });
    expect(
      await screen.findByText(/notes\.json is not a Staff Social Guard signing key backup/),
    ).toBeInstanceOf(HTMLElement);
    const file = new File([JSON.stringify(backup)], 'staff-social-guard-signing-key.json');
    fireEvent.change(restore, { target: { files: [file] } });
    await screen.findByLabelText('Passphrase for this backup');
    type('Passphrase for this backup', 'wrong passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Restore the key' }));
    expect(await screen.findByText(/The passphrase is wrong/, {}, { timeout: 10_000 })).toBeInstanceOf(
      HTMLElement,
    );
    expect(await stored(KEY_STORAGE_KEY)).toBeUndefined();
    type('Passphrase for this backup', PASSPHRASE);
    fireEvent.click(screen.getByRole('button', { name: 'Restore the key' }));
    await screen.findByText('Your signing key is restored from the backup.', {}, { timeout: 10_000 });
    expect(await stored(KEY_STORAGE_KEY)).toEqual(backup);
  });
});
