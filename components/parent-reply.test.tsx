// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDialog } from './warning-dialog.fixtures.tsx';

afterEach(cleanup);

const REPLY = 'Thanks for getting in touch. Please message the nursery office on 01632 960000.';
const COPIED = 'Copied. Paste it into the message yourself if you want to send it.';
const NOT_COPIED = 'Could not copy. Select the text and copy it yourself.';

async function pressCopy() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Copy reply' }));
    await Promise.resolve();
  });
}

describe('WarningDialog: a private message to a parent', () => {
  it('explains the rule and shows the reply read-only', () => {
    renderDialog({ parentReply: REPLY, surfaceLabel: 'Instagram message', actionLabel: 'Send' });
    expect(
      screen.getByText(
        "Staff must not send private messages to parents or family members. Point them to the setting's official channels instead.",
      ),
    ).toBeInstanceOf(HTMLElement);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'A reply you can use' });
    expect(box.value).toBe(REPLY);
    expect(box.readOnly).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('copies the reply and says so', async () => {
    const onCopyReply = vi.fn<(reply: string) => Promise<boolean>>(() => Promise.resolve(true));
    renderDialog({ parentReply: REPLY, onCopyReply });
    await pressCopy();
    expect(onCopyReply).toHaveBeenCalledExactlyOnceWith(REPLY);
    expect(screen.getByRole('status').textContent).toBe(COPIED);
  });

  it.each([
    ['resolves false', () => Promise.resolve(false)],
    ['rejects', () => Promise.reject(new Error('denied'))],
  ])('says to copy by hand when copying %s', async (_name, copy) => {
    const onCopyReply = vi.fn(copy);
    renderDialog({ parentReply: REPLY, onCopyReply });
    await pressCopy();
    expect(onCopyReply).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe(NOT_COPIED);
  });

  it('shows no reply section otherwise', () => {
    renderDialog({ parentReply: null });
    expect(screen.queryByRole('button', { name: 'Copy reply' })).toBeNull();
    expect(screen.queryByText(/Staff must not send private messages/)).toBeNull();
  });
});

describe('WarningDialog: the site ignored the resend', () => {
  it('says the next press goes through once', () => {
    renderDialog({ replayFailed: true, actionLabel: 'Reply' });
    expect(screen.getByRole('alert').textContent).toBe(
      'The site did not accept the resend. Press Reply again: it will go through this once without a check.',
    );
  });

  it('says nothing of it otherwise', () => {
    renderDialog({ replayFailed: false });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
