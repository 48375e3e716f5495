// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftBar } from './draft-bar.tsx';
import { ExportPanel, type ExportPanelProps } from './export-panel.tsx';

afterEach(cleanup);

const props = (over: Partial<ExportPanelProps> = {}): ExportPanelProps => ({
  hasKey: true,
  busy: false,
  signing: false,
  fileName: 'acorns-v2.ssgpack.json',
  error: null,
  notice: null,
  summary: { problems: [], focusSignal: 0, onGoTo: vi.fn() },
  onExport: vi.fn(() => Promise.resolve(true)),
  ...over,
});

describe('ExportPanel', () => {
  it('asks for the passphrase, names the file, and signs', async () => {
    const p = props();
    render(<ExportPanel {...p} />);
    const passphrase = screen.getByLabelText<HTMLInputElement>('Passphrase for your signing key');
    expect(passphrase.type).toBe('password');
    expect(screen.getByText('Saves acorns-v2.ssgpack.json to your downloads.')).toBeInstanceOf(HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Sign and download the pack' }));
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(p.onExport).not.toHaveBeenCalled();
    fireEvent.change(passphrase, { target: { value: 'correct horse battery' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign and download the pack' }));
      await Promise.resolve();
    });
    expect(p.onExport).toHaveBeenCalledWith('correct horse battery');
    expect(passphrase.value).toBe('');
  });

  it('shows "Signing…" and waits while it signs', () => {
    render(<ExportPanel {...props({ busy: true, signing: true })} />);
    expect(screen.getByRole('status').textContent).toBe('Signing…');
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Sign and download the pack' }).disabled,
    ).toBe(true);
  });

  it('says a key is needed first', () => {
    render(<ExportPanel {...props({ hasKey: false })} />);
    expect(screen.queryByRole('button', { name: 'Sign and download the pack' })).toBeNull();
    expect(screen.getByText(/Create a signing key or restore one/)).toBeInstanceOf(HTMLElement);
  });

  it('lists the problems that stop it, focuses the list, and links each to its field', () => {
    const onGoTo = vi.fn();
    const problems = [
      { field: 'meta.id', label: 'Pack name', message: 'Must not be empty' },
      { field: '', label: '', message: 'The pack is too large' },
    ];
    render(<ExportPanel {...props({ summary: { problems, focusSignal: 1, onGoTo } })} />);
    const summary = screen.getByRole('group', {
      name: 'There are 2 problems to fix before the pack can be signed',
    });
    expect(document.activeElement).toBe(summary);
    fireEvent.click(screen.getByRole('link', { name: 'Pack name: Must not be empty' }));
    expect(onGoTo).toHaveBeenCalledWith('meta.id');
    expect(summary.textContent).toContain('The pack is too large');
  });
});

describe('DraftBar', () => {
  it('resets to the built-in policy only after the confirm step', () => {
    const onReset = vi.fn();
    render(<DraftBar saveState="saved" error={null} onReset={onReset} />);
    expect(screen.getByTestId('draft-status').textContent).toBe('All changes saved in this browser.');
    fireEvent.click(screen.getByRole('button', { name: 'Start from the built-in policy' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep my work' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my work' }));
    expect(onReset).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Start from the built-in policy' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start from the built-in policy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace with the built-in policy' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
