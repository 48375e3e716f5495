// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeElementFor } from './focus-trap.ts';
import { renderDialog } from './warning-dialog.fixtures.tsx';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

const focused = (node: Node) => activeElementFor(node);
const tab = (from: Element, shiftKey = false) => fireEvent.keyDown(from, { key: 'Tab', shiftKey });

/** The dialog's Tab stops, first to last, as the trap sees them. */
function stops(dialog: HTMLElement) {
  const q = within(dialog);
  return { body: q.getByRole('region', { name: 'What to check' }), q };
}

describe('WarningDialog keyboard', () => {
  it.each([
    ['warn', 'Edit'],
    ['confirm', 'Edit'],
    ['block', 'Back to editing'],
  ] as const)('moves focus to the safe button when a %s dialog opens', (action, name) => {
    renderDialog({ action });
    expect(document.activeElement).toBe(screen.getByRole('button', { name }));
  });

  it('wraps Tab from the last stop to the first, and Shift+Tab from the first to the last', () => {
    renderDialog();
    const { body, q } = stops(screen.getByRole('alertdialog'));
    const last = q.getByRole('button', { name: 'Post anyway' });
    last.focus();
    expect(tab(last)).toBe(false);
    expect(document.activeElement).toBe(body);
    expect(tab(body, true)).toBe(false);
    expect(document.activeElement).toBe(last);
  });

  it('leaves Tab alone between the first and the last stop', () => {
    renderDialog();
    const edit = screen.getByRole('button', { name: 'Edit' });
    expect(tab(edit)).toBe(true);
    expect(tab(edit, true)).toBe(true);
    expect(document.activeElement).toBe(edit);
  });

  it('skips a disabled proceed button when wrapping', () => {
    renderDialog({ action: 'confirm' });
    const { body, q } = stops(screen.getByRole('alertdialog'));
    body.focus();
    expect(tab(body, true)).toBe(false);
    expect(document.activeElement).toBe(q.getByRole('button', { name: 'Edit' }));
    fireEvent.change(q.getByRole('textbox'), { target: { value: 'A good reason' } });
    body.focus();
    tab(body, true);
    expect(document.activeElement).toBe(q.getByRole('button', { name: 'Post anyway' }));
  });

  it('pulls focus back in when Tab is pressed on the backdrop', () => {
    renderDialog();
    const backdrop = screen.getByRole('alertdialog').parentElement!;
    backdrop.focus();
    tab(backdrop);
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'What to check' }));
  });

  it('edits on Esc, but not while an input method is composing', () => {
    const { onEdit } = renderDialog({ action: 'confirm' });
    const reason = screen.getByRole('textbox');
    fireEvent.keyDown(reason, { key: 'Escape', isComposing: true });
    expect(onEdit).not.toHaveBeenCalled();
    expect(fireEvent.keyDown(reason, { key: 'Escape' })).toBe(false);
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('keeps key and focus events from reaching the host page', () => {
    const seen = vi.fn();
    for (const type of ['keydown', 'keyup', 'focusin']) document.addEventListener(type, seen);
    renderDialog({ action: 'confirm' });
    const reason = screen.getByRole('textbox');
    fireEvent.keyDown(reason, { key: 'k' });
    fireEvent.keyUp(reason, { key: 'k' });
    reason.focus();
    for (const type of ['keydown', 'keyup', 'focusin']) document.removeEventListener(type, seen);
    expect(seen).not.toHaveBeenCalled();
  });

  it('works inside a shadow root, where document.activeElement is only the host', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    root.append(container);
    renderDialog({}, { container });
    const q = within(container);
    const edit = q.getByRole('button', { name: 'Edit' });
    expect(document.activeElement).toBe(host);
    expect(root.activeElement).toBe(edit);
    expect(focused(edit)).toBe(edit);
    expect(tab(edit)).toBe(true);
    expect(root.activeElement).toBe(edit);
    const last = q.getByRole('button', { name: 'Post anyway' });
    last.focus();
    tab(last);
    expect(root.activeElement).toBe(q.getByRole('region', { name: 'What to check' }));
    tab(root.activeElement!, true);
    expect(root.activeElement).toBe(last);
  });
});

describe('activeElementFor', () => {
  it('asks the document for a node in the document', () => {
    const { container } = render(<button type="button">x</button>);
    const button = container.querySelector('button')!;
    button.focus();
    expect(activeElementFor(button)).toBe(button);
  });
});
