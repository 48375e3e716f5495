// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../components/options/staff/words.ts';
import { MessageError, sendMessage } from '../messaging/send-message.ts';
import type { MessageName, RequestOf, ResponseOf } from '../protocol/messages.ts';
import type { Acknowledgement, PackState } from '../protocol/pack-schemas.ts';
import { verifyConfirmationRecord } from './staff/confirmation-record.ts';
import { FINGERPRINT, builtinState, importedState, makeAck } from './staff/test-state.ts';
import { StaffPackSection } from './staff-section.tsx';

// The staff section against a fake background: sendMessage is mocked, and each test says how the
// background answers. The real handlers are tested in lib/handlers; this is the page's side.

vi.mock('../messaging/send-message.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../messaging/send-message.ts')>()),
  sendMessage: vi.fn(),
}));

type Answers = { [N in MessageName]?: (data: RequestOf<N>) => ResponseOf<N> | Promise<ResponseOf<N>> };

let state: PackState;
let acknowledgements: Acknowledgement[];
let answers: Answers;
const sent: [MessageName, unknown][] = [];

function background(overrides: Answers = {}) {
  answers = {
    getPackState: () => state,
    getAcknowledgements: () => ({ acknowledgements }),
    ...overrides,
  };
}

beforeEach(() => {
  sent.length = 0;
  state = builtinState();
  acknowledgements = [];
  background();
  vi.mocked(sendMessage).mockImplementation(async (name, data) => {
    sent.push([name, data]);
    const answer = answers[name] as ((data: unknown) => unknown) | undefined;
    if (!answer) throw new MessageError(`${name} is not answered in this test`);
    return (await answer(data)) as never;
  });
});
afterEach(cleanup);

const sentNames = () =>
  sent.map(([name]) => name).filter((n) => n !== 'getPackState' && n !== 'getAcknowledgements');
const status = (id: string) => screen.getByTestId(id);
const packFile = (text = '{"signed":"pack"}', name = 'little-acorns-v5.json') =>
  new File([text], name, { type: 'application/json' });
const choose = (file: File) =>
  fireEvent.change(screen.getByLabelText('Rule pack file (.json)'), { target: { files: [file] } });

async function shown() {
  render(<StaffPackSection />);
  await screen.findByTestId('pack-in-force');
}

describe('Staff section: the pack in force', () => {
  it('describes the built-in pack and what it asks, with nothing to confirm', async () => {
    await shown();
    const facts = within(screen.getByTestId('pack-in-force'));
    expect(facts.getByText("Ashley's House")).toBeDefined();
    expect(status('in-force-source').textContent).toBe('Built into the extension');
    expect(facts.getByText('With the extension')).toBeDefined();
    expect(screen.queryByTestId('in-force-fingerprint')).toBeNull();

    const points = within(screen.getByTestId('policy-summary')).getAllByRole('listitem');
    expect(points.map((li) => li.textContent)).toEqual([
      'Not to name the setting they work at — what the guard does: warns you before you post; you can edit or post anyway',
      expect.stringMatching(
        /^Not to make comments relating to their work .* — what the guard does: warns you/,
      ),
      expect.stringMatching(
        /^Not post anything .* — what the guard does: asks you to give a reason before you can post anyway$/,
      ),
      expect.stringMatching(
        /^Not to send private messages .* — what the guard does: asks you to give a reason/,
      ),
      expect.stringMatching(/foul language\) — what the guard does: warns you/),
    ]);
    expect(screen.getByTestId('read-not-needed')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'I have read this' })).toBeNull();
    expect(screen.getByTestId('no-confirmations')).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export my confirmations' }).disabled).toBe(
      true,
    );
  });

  it("shows a signed pack's version, source, date and key", async () => {
    state = importedState(5, { acknowledged: true });
    acknowledgements = [makeAck({ version: 5 })];
    await shown();
    expect(status('in-force-setting').textContent).toBe('Little Acorns Nursery');
    expect(status('in-force-version').textContent).toBe('5');
    expect(status('in-force-source').textContent).toBe('Imported from a file');
    expect(screen.getByText(formatDateTime(state.active.installedAt ?? 0))).toBeDefined();
    expect(status('in-force-fingerprint').textContent).toBe('3F2A 9C1B 07DE 55A0');
    expect(screen.getByText(`(full fingerprint: ${FINGERPRINT})`)).toBeDefined();
    expect(status('read-confirmed').textContent).toBe(
      `You confirmed that you read version 5 on ${formatDateTime(makeAck().at)}.`,
    );
  });

  it('warns about the last refused pack, in its words', async () => {
    const at = new Date(2026, 10, 26, 8, 0).getTime();
    state = importedState(5, {
      lastRefusal: {
        at,
        source: 'a file',
        reason: 'its signature does not match its contents: it was changed after signing',
      },
    });
    await shown();
    expect(status('last-refusal').textContent).toBe(
      `A rule pack was refused on ${formatDateTime(at)} from a file: its signature does not match its contents: it was changed after signing. The pack in force is unchanged.`,
    );
  });

  it('says when the state cannot be loaded', async () => {
    background({
      getPackState: () => {
        throw new MessageError('the extension was updated or restarted; reload the page');
      },
    });
    render(<StaffPackSection />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The rule pack could not be loaded: the extension was updated or restarted; reload the page',
    );
  });
});

describe('Staff section: importing a file', () => {
  it('on a first import, shows the fingerprint and installs only after "Trust"', async () => {
    let install: (value: ResponseOf<'installPackFile'>) => void = () => undefined;
    background({
      previewPackFile: () => ({
        ok: true,
        needsTrust: true,
        fingerprint: FINGERPRINT,
        version: 5,
        setting: 'Little Acorns Nursery',
        issuer: 'Dipaley Patel',
      }),
      installPackFile: () => new Promise((resolve) => (install = resolve)),
    });
    await shown();
    choose(packFile('{"the":"pack"}'));

    const prompt = within(await screen.findByTestId('trust-prompt'));
    expect(sent.find(([name]) => name === 'previewPackFile')?.[1]).toEqual({ text: '{"the":"pack"}' });
    expect(prompt.getByTestId('trust-fingerprint').textContent).toBe('3F2A 9C1B 07DE 55A0');
    expect(prompt.getByTestId('trust-fingerprint-full').textContent).toBe(FINGERPRINT);
    expect(
      prompt.getByText(
        /little-acorns-v5\.json holds version 5 of Little Acorns Nursery's rule pack, issued by Dipaley Patel/,
      ),
    ).toBeDefined();
    expect(document.activeElement?.textContent).toBe('Check the signing key before you trust it');
    expect(sentNames()).toEqual(['previewPackFile']);

    fireEvent.click(prompt.getByRole('button', { name: 'Trust this key and install' }));
    await waitFor(() => expect(status('import-status').textContent).toBe('Installing…'));
    expect(sent.at(-1)).toEqual([
      'installPackFile',
      { text: '{"the":"pack"}', acceptFingerprint: FINGERPRINT },
    ]);
    expect(screen.queryByTestId('trust-prompt')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Rule pack file (.json)').disabled).toBe(true);

    state = importedState(5);
    install({ ok: true, version: 5 });
    await waitFor(() => expect(status('in-force-version').textContent).toBe('5'));
    expect(status('import-status').textContent).toBe(
      'Version 5 is now in force. Read “What the policy asks”, then choose “I have read this”.',
    );
    expect(status('import-status').getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'I have read this' })).toBeDefined();
  });

  it('"Cancel" installs nothing and gives the focus back to the file field', async () => {
    background({
      previewPackFile: () => ({
        ok: true,
        needsTrust: true,
        fingerprint: FINGERPRINT,
        version: 5,
        setting: 'L',
        issuer: 'D',
      }),
    });
    await shown();
    choose(packFile());
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('trust-prompt')).toBeNull();
    expect(status('import-status').textContent).toBe(
      'Cancelled: nothing was installed. The pack in force is unchanged.',
    );
    expect(document.activeElement?.id).toBe('ssg-pack-file');
    expect(sentNames()).toEqual(['previewPackFile']);
  });

  it('installs a newer pack from the trusted key straight away', async () => {
    state = importedState(5, { acknowledged: true });
    background({
      previewPackFile: () => ({
        ok: true,
        needsTrust: false,
        fingerprint: FINGERPRINT,
        version: 6,
        setting: 'L',
        issuer: 'D',
      }),
      installPackFile: () => ({ ok: true, version: 6 }),
    });
    await shown();
    choose(packFile('six'));
    await waitFor(() => expect(status('import-status').textContent).toMatch(/^Version 6 is now in force/));
    expect(sent.filter(([name]) => name === 'installPackFile')).toEqual([
      ['installPackFile', { text: 'six', acceptFingerprint: null }],
    ]);
    expect(screen.queryByTestId('trust-prompt')).toBeNull();
  });

  it.each([
    ['previewPackFile', 'it is signed by a key you have not trusted (fingerprint abc)'],
    [
      'installPackFile',
      'it is version 4, and version 5 is already in force; only a newer version is accepted',
    ],
  ] as const)('shows the reason exactly as the background words it (%s)', async (refuser, reason) => {
    state = importedState(5, { acknowledged: true });
    background({
      previewPackFile: () =>
        refuser === 'previewPackFile'
          ? { ok: false, reason }
          : { ok: true, needsTrust: false, fingerprint: FINGERPRINT, version: 4, setting: 'L', issuer: 'D' },
      installPackFile: () => ({ ok: false, reason }),
    });
    await shown();
    choose(packFile('x', 'old.json'));
    const expected =
      refuser === 'previewPackFile'
        ? `old.json was refused: ${reason}. The pack in force is unchanged.`
        : `The rule pack was refused: ${reason}. The pack in force is unchanged.`;
    await waitFor(() => expect(status('import-status').textContent).toBe(expected));
    expect(status('import-status').dataset.kind).toBe('refused');
    expect(status('in-force-version').textContent).toBe('5');
  });

  it('refuses a file over the size limit before reading it', async () => {
    await shown();
    const big = packFile('x');
    Object.defineProperty(big, 'size', { value: 2_500_000 });
    choose(big);
    expect(status('import-status').textContent).toBe(
      'little-acorns-v5.json is 2.5 MB; a rule pack is at most 1 MB. Check that you chose the file your manager sent.',
    );
    expect(sentNames()).toEqual([]);
  });

  it('says so when the background cannot be reached', async () => {
    background({
      previewPackFile: () => {
        throw new MessageError('could not reach the extension (gone)');
      },
    });
    await shown();
    choose(packFile());
    await waitFor(() =>
      expect(status('import-status').textContent).toBe(
        'little-acorns-v5.json could not be checked: could not reach the extension (gone).',
      ),
    );
  });
});

describe('Staff section: following a link', () => {
  const follow = (url: string) => {
    fireEvent.change(screen.getByLabelText('Address of the rule pack'), { target: { value: url } });
    fireEvent.click(screen.getByRole('button', { name: 'Follow this link' }));
  };

  it('checks the address before sending it', async () => {
    await shown();
    follow('http://packs.example.org/pack.json');
    expect(status('link-status').textContent).toMatch(/^The address must start with https:\/\//);
    expect(screen.getByLabelText('Address of the rule pack').getAttribute('aria-invalid')).toBe('true');
    follow('');
    expect(status('link-status').textContent).toMatch(/^Enter the address your manager gave you/);
    expect(sentNames()).toEqual([]);
  });

  it('follows a link, asking about a new key first', async () => {
    const url = 'https://packs.example.org/little-acorns.json';
    background({
      subscribePack: ({ acceptFingerprint }) => {
        if (acceptFingerprint === null) {
          return {
            ok: false,
            needsTrust: true,
            reason:
              'This is the first pack from this key: compare its fingerprint with the one your manager gave you.',
            fingerprint: FINGERPRINT,
            version: 5,
            setting: 'Little Acorns Nursery',
          };
        }
        state = importedState(5, {
          subscription: { url, lastCheckedAt: Date.now(), lastResult: 'updated to version 5' },
        });
        return { ok: true, version: 5 };
      },
    });
    await shown();
    follow(`  ${url} `);
    const prompt = within(await screen.findByTestId('trust-prompt'));
    expect(
      prompt.getByText(new RegExp(`^${url} holds version 5 of Little Acorns Nursery's rule pack\\. It is`)),
    ).toBeDefined();
    fireEvent.click(prompt.getByRole('button', { name: 'Trust this key and install' }));
    await screen.findByTestId('link-url');
    expect(sent.filter(([name]) => name === 'subscribePack').map(([, data]) => data)).toEqual([
      { url, acceptFingerprint: null },
      { url, acceptFingerprint: FINGERPRINT },
    ]);
    expect(status('link-status').textContent).toBe('Following the link. Version 5 is in force.');
    expect(status('link-last-checked').textContent).toMatch(/^Last checked .*: updated to version 5$/);
  });

  it('checks now, and stops following', async () => {
    const lastCheckedAt = new Date(2026, 10, 26, 7, 0).getTime();
    state = importedState(5, {
      acknowledged: true,
      subscription: {
        url: 'https://packs.example.org/p.json',
        lastCheckedAt,
        lastResult: 'no newer version',
      },
    });
    let answer: (value: ResponseOf<'checkPackNow'>) => void = () => undefined;
    background({
      checkPackNow: () => new Promise((resolve) => (answer = resolve)),
      unsubscribePack: () => {
        state = { ...state, subscription: null };
        return { ok: true };
      },
    });
    await shown();
    expect(status('link-last-checked').textContent).toBe(
      `Last checked ${formatDateTime(lastCheckedAt)}: no newer version`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(status('link-status').textContent).toBe('Checking…'));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Check now' }).disabled).toBe(true);
    answer({ ok: false, reason: 'no newer version' });
    await waitFor(() =>
      expect(status('link-status').textContent).toBe(
        'Checked: there is no newer version. The pack in force is unchanged.',
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Stop following this link' }));
    await screen.findByLabelText('Address of the rule pack');
    expect(status('link-status').textContent).toBe(
      'You no longer follow the link. The pack in force is unchanged.',
    );
  });

  it("passes on a failed check in the background's words", async () => {
    state = importedState(5, {
      acknowledged: true,
      subscription: { url: 'https://packs.example.org/p.json', lastCheckedAt: null, lastResult: null },
    });
    background({
      checkPackNow: () => ({ ok: false, reason: 'The check failed: the server answered 404 Not Found.' }),
    });
    await shown();
    expect(status('link-last-checked').textContent).toBe('Not checked yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() =>
      expect(status('link-status').textContent).toBe(
        'Not updated: The check failed: the server answered 404 Not Found. The pack in force is unchanged.',
      ),
    );
  });
});

describe('Staff section: managed by the organisation', () => {
  it('says so and disables import, follow and stop following', async () => {
    state = importedState(5, {
      managed: true,
      acknowledged: true,
      active: { ...importedState(5).active, source: 'managed' },
      subscription: { url: 'https://it.example.org/pack.json', lastCheckedAt: null, lastResult: null },
    });
    await shown();
    expect(status('managed').textContent).toMatch(/^Your organisation manages this rule pack\./);
    expect(status('in-force-source').textContent).toBe('Set by your organisation');
    expect(screen.getByLabelText<HTMLInputElement>('Rule pack file (.json)').disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Stop following this link' }).disabled).toBe(
      true,
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Check now' }).disabled).toBe(false);
  });
});

describe('Staff section: "I have read this" and my confirmations', () => {
  it('records a confirmation for the version in force and lists it', async () => {
    state = importedState(5);
    acknowledgements = [makeAck({ version: 4 })];
    background({
      acknowledgePack: ({ version }) => {
        acknowledgements = [
          ...acknowledgements,
          makeAck({ version, at: new Date(2026, 10, 27, 10, 0).getTime() }),
        ];
        state = { ...state, acknowledged: true };
        return { ok: true };
      },
    });
    await shown();
    const rows = () => within(screen.getByTestId('confirmations')).getAllByRole('row').slice(1);
    expect(rows().map((row) => row.textContent)).toEqual([
      `4Little Acorns Nursery${formatDateTime(makeAck().at)}`,
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'I have read this' }));
    await screen.findByTestId('read-confirmed');
    expect(sent.find(([name]) => name === 'acknowledgePack')?.[1]).toEqual({ version: 5 });
    expect(status('read-status').textContent).toBe(
      'Thank you. Your confirmation that you read version 5 is listed under “My confirmations”.',
    );
    expect(screen.queryByRole('button', { name: 'I have read this' })).toBeNull();
    expect(rows().map((row) => row.querySelector('td')?.textContent)).toEqual(['5', '4']);
  });

  it('exports a record with the name typed, as text and JSON with a checksum', async () => {
    state = importedState(5, { acknowledged: true });
    acknowledgements = [makeAck({ version: 4 }), makeAck({ version: 5, at: makeAck().at + 60_000 })];
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await shown();

    fireEvent.click(screen.getByRole('button', { name: 'Export my confirmations' }));
    const name = screen.getByLabelText('Your full name');
    expect(document.activeElement).toBe(name);
    fireEvent.click(screen.getByRole('button', { name: 'Create the record' }));
    expect(status('export-status').textContent).toBe('Type your full name for the record.');
    expect(name.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(name, { target: { value: 'Jo Bloggs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the record' }));
    const record = within(await screen.findByTestId('record'));
    expect(status('export-status').textContent).toBe('Your record is ready: download both files below.');

    const [txtLink, jsonLink] = record.getAllByRole('link');
    expect(txtLink?.getAttribute('download')).toMatch(
      /^rule-pack-confirmations-jo-bloggs-\d{4}-\d\d-\d\d\.txt$/,
    );
    expect(jsonLink?.getAttribute('download')).toBe(
      txtLink?.getAttribute('download')?.replace(/\.txt$/, '.json'),
    );
    expect([txtLink?.getAttribute('href'), jsonLink?.getAttribute('href')]).toEqual([
      'blob:test/1',
      'blob:test/2',
    ]);

    const [text, json] = await Promise.all(blobs.map((blob) => blob.text()));
    expect(text).toContain(
      "I, Jo Bloggs, confirm that I have read the following versions of Little Acorns Nursery's social media rule pack:",
    );
    expect(text).toMatch(/- version 4, confirmed on .*\n- version 5, confirmed on /);
    const checked = await verifyConfirmationRecord(json ?? '');
    expect(checked.ok).toBe(true);
    const sha256 = (JSON.parse(json ?? '{}') as { sha256: string }).sha256;
    expect(record.getByTestId('record-sha256').textContent).toBe(sha256);
    expect(text).toContain(sha256);
    // The name is in the record only: nothing was sent to the background.
    expect(sent.some(([, data]) => JSON.stringify(data).includes('Bloggs'))).toBe(false);
  });
});
