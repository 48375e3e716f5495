// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackState } from '../../lib/protocol/pack-schemas.ts';
import { Popup } from './popup.tsx';
import { makeEvent, makeHistory, makeProps } from './test-data.ts';

afterEach(cleanup);

const packState = (overrides: Partial<PackState> = {}): PackState => ({
  active: {
    id: 'oakfield',
    version: 3,
    issuer: 'Sam Patel',
    setting: 'Oakfield Nursery',
    source: 'file',
    fingerprint: 'ab'.repeat(32),
    installedAt: 1,
    clauses: [],
  },
  trust: null,
  subscription: null,
  managed: false,
  lastRefusal: null,
  acknowledged: true,
  ...overrides,
});

describe('Popup: rule pack notices', () => {
  it('says nothing when the pack in force has been read and nothing was refused', () => {
    render(<Popup {...makeProps({ pack: packState() })} />);
    expect(screen.queryByTestId('pack-changed')).toBeNull();
    expect(screen.queryByTestId('pack-refused')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Rule pack' })).toBeNull();
  });

  it('says nothing while the pack state is loading, or when the popup is not given it', () => {
    render(<Popup {...makeProps({ pack: null })} />);
    expect(screen.queryByRole('heading', { name: 'Rule pack' })).toBeNull();
    cleanup();
    render(<Popup {...makeProps()} />);
    expect(screen.queryByRole('heading', { name: 'Rule pack' })).toBeNull();
  });

  it('asks staff to read a new version, above the history, and opens the options page', () => {
    const onReadPack = vi.fn();
    render(
      <Popup
        {...makeProps({
          pack: packState({ acknowledged: false }),
          onReadPack,
          history: makeHistory([makeEvent()]),
        })}
      />,
    );
    const notice = screen.getByTestId('pack-changed');
    expect(notice.querySelector('p')?.textContent).toBe("Your setting's rule pack has changed (version 3).");
    // Above today's counts and the latest events.
    const today = screen.getByRole('heading', { name: 'Today' });
    expect(notice.compareDocumentPosition(today) & Node.DOCUMENT_POSITION_FOLLOWING).toBeGreaterThan(0);
    expect(
      notice.compareDocumentPosition(screen.getByTestId('event-list')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Read what it asks' }));
    expect(onReadPack).toHaveBeenCalledTimes(1);
  });

  it("says a pack was refused, in the background's words", () => {
    render(
      <Popup
        {...makeProps({
          pack: packState({
            lastRefusal: {
              at: 1,
              source: 'https://packs.example.org/p.json',
              reason: 'it is signed by a key you have not trusted (fingerprint 12ab)',
            },
          }),
        })}
      />,
    );
    expect(screen.getByTestId('pack-refused').textContent).toBe(
      'A rule pack was refused: it is signed by a key you have not trusted (fingerprint 12ab). The pack in force is unchanged.',
    );
    expect(screen.queryByTestId('pack-changed')).toBeNull();
  });

  it('disables "Read what it asks" while an action runs', () => {
    render(<Popup {...makeProps({ pack: packState({ acknowledged: false }), busy: true })} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Read what it asks' }).disabled).toBe(true);
  });
});
