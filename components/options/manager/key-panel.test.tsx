// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyPanel, type KeyPanelProps } from './key-panel.tsx';

afterEach(cleanup);

const KEY = {
  publicKey: 'b'.repeat(43),
  fingerprint: '3f2a9c1b07de55a0'.padEnd(64, '0'),
  shortFingerprint: '3F2A 9C1B 07DE 55A0',
};

const props = (over: Partial<KeyPanelProps> = {}): KeyPanelProps => ({
  keyInfo: null,
  loaded: true,
  busy: null,
  error: null,
  notice: null,
  minLength: 10,
  restoring: false,
  onCreate: vi.fn(() => Promise.resolve(true)),
  onChooseRestore: vi.fn(),
  onConfirmRestore: vi.fn(() => Promise.resolve(true)),
  onCancelRestore: vi.fn(),
  onDownload: vi.fn(),
  onCopy: vi.fn(),
  ...over,
});

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('KeyPanel without a key', () => {
  it.each([
    ['short', 'short', 'Passphrase for the key', /at least 10 characters/],
    ['long enough 1', 'long enough 2', 'Type the passphrase again', /not the same/],
  ])('puts a problem with %j / %j beside the field', (first, second, field, message) => {
    const p = props();
    render(<KeyPanel {...p} />);
    type('Passphrase for the key', first);
    type('Type the passphrase again', second);
    fireEvent.click(screen.getByRole('button', { name: 'Create a signing key' }));
    const input = screen.getByLabelText(field);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(input.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent,
    ).toMatch(message);
    expect(p.onCreate).not.toHaveBeenCalled();
  });

  it('creates a key with the passphrase typed twice, then clears both fields', async () => {
    const p = props();
    render(<KeyPanel {...p} />);
    type('Passphrase for the key', 'correct horse battery');
    type('Type the passphrase again', 'correct horse battery');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create a signing key' }));
      await Promise.resolve();
    });
    expect(p.onCreate).toHaveBeenCalledWith('correct horse battery', 'correct horse battery');
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase for the key').value).toBe('');
  });

  it('says what it is doing, and waits while it works', () => {
    render(<KeyPanel {...props({ busy: 'creating' })} />);
    expect(screen.getByRole('status').textContent).toBe('Creating the key…');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Create a signing key' }).disabled).toBe(
      true,
    );
  });

  it('restores a chosen backup once its passphrase is given', () => {
    const p = props();
    const { rerender } = render(<KeyPanel {...p} />);
    const file = new File(['{}'], 'staff-social-guard-signing-key.json');
    fireEvent.change(screen.getByLabelText('Restore from backup'), { target: { files: [file] } });
    expect(p.onChooseRestore).toHaveBeenCalledWith(file);
    rerender(<KeyPanel {...p} restoring />);
    type('Passphrase for this backup', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Restore the key' }));
    expect(p.onConfirmRestore).toHaveBeenCalledWith('correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(p.onCancelRestore).toHaveBeenCalled();
  });
});

describe('KeyPanel with a key', () => {
  it('shows the fingerprint for staff to check and the public key, with copy and backup', () => {
    const p = props({ keyInfo: KEY, notice: 'Public key copied.' });
    render(<KeyPanel {...p} />);
    expect(screen.getByTestId('key-fingerprint').textContent).toBe('3F2A 9C1B 07DE 55A0');
    expect(screen.getByTestId('public-key').textContent).toBe(KEY.publicKey);
    fireEvent.click(screen.getByRole('button', { name: 'Copy public key' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download key backup' }));
    expect(p.onCopy).toHaveBeenCalled();
    expect(p.onDownload).toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Public key copied.');
    // Making another key is tucked away behind a warning.
    expect(screen.getByText('Replace this key with a new one').closest('details')?.open).toBe(false);
  });

  it('announces errors as alerts', () => {
    render(<KeyPanel {...props({ keyInfo: KEY, error: 'The passphrase is wrong.' })} />);
    expect(screen.getByRole('alert').textContent).toBe('The passphrase is wrong.');
  });
});
