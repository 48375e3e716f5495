// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportGuidance } from '../lib/safeguarding/guidance.ts';
import type { ReportInput } from '../lib/safeguarding/record.ts';
import { activeElementFor } from './focus-trap.ts';
import {
  fromLocalInput,
  ReportForm,
  savedMessage,
  toLocalInput,
  type ReportFormProps,
  type ReportPrefill,
} from './report-form.tsx';
import { asSentence, MENU_ONLY } from './report-screenshot.tsx';

afterEach(cleanup);

// Every name here is invented.
const SEEN = new Date(2026, 10, 20, 14, 5, 33).getTime();
const PREFILL: ReportPrefill = {
  words: 'Can you send me photos of Ava from today?\nJust on WhatsApp is fine',
  senderName: 'Jane Smith',
  senderProfile: 'https://www.facebook.com/jane.smith.5678',
  platform: 'facebook',
  where: 'https://www.facebook.com/messages/t/123/',
  shownTime: 'Today at 09:58',
  seenAt: SEEN,
};
const GUIDANCE: ReportGuidance = {
  passedTo: 'Sam Patel (safeguarding lead)',
  setting: 'Willow Lane Nursery',
  delivery: 'webhook',
  email: null,
  points: [
    'Do not reply or engage with the sender any further.',
    'Do not forward the message, and do not save or share any images of children.',
    "If your concern is about a colleague, follow Willow Lane Nursery's whistleblowing policy and speak to Jo Bloggs directly.",
  ],
};
const SHOT = 'data:image/png;base64,iVBORw0KGgo=';

function renderForm(overrides: Partial<ReportFormProps> = {}) {
  const props: ReportFormProps = {
    prefill: PREFILL,
    subject: 'message',
    guidance: GUIDANCE,
    startedFromMenu: true,
    onCapture: vi.fn(() => Promise.resolve(SHOT)),
    onSubmit: vi.fn(() => Promise.resolve({ id: 'r1', state: 'queued' as const })),
    onClose: vi.fn(),
    ...overrides,
  };
  const view = render(<ReportForm {...props} />);
  return { ...view, props };
}

const dialog = () => screen.getByRole('dialog', { name: 'Report a message to your safeguarding lead' });
const field = (label: string | RegExp) => within(dialog()).getByLabelText(label);
const value = (label: string | RegExp) => (field(label) as HTMLInputElement).value;
const button = (name: string | RegExp) => within(dialog()).getByRole('button', { name });
const focused = () => activeElementFor(dialog());
const type = (label: string | RegExp, text: string) =>
  fireEvent.change(field(label), { target: { value: text } });

/** Chooses a category and a reply answer, the two things the form cannot guess. */
function complete() {
  fireEvent.click(within(dialog()).getByRole('radio', { name: 'Contact outside official channels' }));
  fireEvent.click(within(dialog()).getByRole('radio', { name: 'No' }));
}

async function save() {
  await act(async () => {
    fireEvent.click(button('Save report'));
    await Promise.resolve();
  });
}

describe('ReportForm', () => {
  it('is a labelled, described modal dialog, with focus on the exact words', () => {
    renderForm();
    const el = dialog();
    expect(el.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Check the details the page gave, add what happened, and save. This report goes to Sam Patel (safeguarding lead).',
    );
    expect(focused()).toBe(field('The exact words'));
  });

  it('shows everything the page gave, editable', () => {
    renderForm();
    expect(value('The exact words')).toBe(PREFILL.words);
    expect(value("Sender's name, as shown")).toBe('Jane Smith');
    expect(value("Sender's profile link")).toBe(PREFILL.senderProfile);
    expect(value('Platform')).toBe('facebook');
    expect(value('Address of the conversation')).toBe(PREFILL.where);
    expect(value('Time shown on the message')).toBe('Today at 09:58');
    expect(value('When you saw it')).toBe('2026-11-20T14:05');
    for (const label of ['The exact words', "Sender's name, as shown", 'When you saw it']) {
      expect(field(label).hasAttribute('readonly')).toBe(false);
    }
  });

  it("shows the pack's guidance and who the report goes to", () => {
    renderForm();
    const guidance = within(dialog()).getByRole('region', { name: 'Until this is dealt with' });
    expect(
      within(guidance)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(GUIDANCE.points);
    expect(guidance.textContent).toContain('This report goes to Sam Patel (safeguarding lead).');
  });

  it('shows the points without names while the guidance is not there', () => {
    renderForm({ guidance: null });
    const guidance = within(dialog()).getByRole('region', { name: 'Until this is dealt with' });
    expect(guidance.textContent).toContain('Do not reply or engage with the sender any further.');
    expect(guidance.textContent).toContain('whistleblowing policy');
    expect(guidance.textContent).toContain('This report goes to your safeguarding lead.');
  });

  it('offers the six categories, none chosen, and a yes/no for replying', () => {
    renderForm();
    const categories = within(dialog()).getByRole('group', { name: 'Category' });
    expect(
      within(categories)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual([
      'Inappropriate request',
      'Contact outside official channels',
      "Concern about a child's welfare",
      'Complaint',
      'Abusive or threatening',
      'Other',
    ]);
    expect(
      within(categories)
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    const replied = within(dialog()).getByRole('group', { name: 'Did you reply?' });
    expect(within(replied).getAllByRole('radio')).toHaveLength(2);
  });

  it('says what to fix, beside each field and in a summary, and saves nothing', async () => {
    const { props } = renderForm();
    type('The exact words', '   ');
    await save();
    const summary = within(dialog()).getAllByRole('alert')[0] as HTMLElement;
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Keep or paste the exact words of the message.',
      'Choose the category that fits best.',
      'Say whether you replied.',
    ]);
    expect(field('The exact words').getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(field('The exact words').getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe('Keep or paste the exact words of the message.');
    expect(focused()).toBe(field('The exact words'));
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it('moves focus to the first thing to fix, and clears an error once it is fixed', async () => {
    renderForm();
    await save();
    expect(focused()).toBe(within(dialog()).getByRole('radio', { name: 'Inappropriate request' }));
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'Complaint' }));
    expect(within(dialog()).queryByText('Choose the category that fits best.')).toBeNull();
    expect(within(dialog()).getByText('Say whether you replied.', { selector: 'p' })).toBeInstanceOf(
      HTMLElement,
    );
  });

  it('asks for a date and time it can read', async () => {
    const { props } = renderForm();
    complete();
    type('When you saw it', '');
    await save();
    expect(
      within(dialog()).getByText('Enter the date and time you saw it.', { selector: 'p' }),
    ).toBeInstanceOf(HTMLElement);
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it('submits exactly what the form shows, edits included, and no screenshot unless attached', async () => {
    const { props } = renderForm();
    type('The exact words', `${PREFILL.words}  `);
    type("Sender's name, as shown", 'Jane Smith (Ava’s mum)');
    type('Time shown on the message', '09:58');
    type('When you saw it', '2026-11-20T13:50');
    fireEvent.change(field('Platform'), { target: { value: 'instagram' } });
    type('What happened, in your own words', 'She asked twice, then messaged me here.');
    complete();
    await save();
    const expected: ReportInput = {
      words: `${PREFILL.words}  `,
      senderName: 'Jane Smith (Ava’s mum)',
      senderProfile: PREFILL.senderProfile,
      platform: 'instagram',
      where: PREFILL.where,
      shownTime: '09:58',
      seenAt: new Date(2026, 10, 20, 13, 50).getTime(),
      category: 'outside-official-channels',
      whatHappened: 'She asked twice, then messaged me here.',
      replied: 'no',
    };
    expect(props.onSubmit).toHaveBeenCalledWith(expected);
    expect(screen.getByRole('status').textContent).toBe(
      'Saved. It will be sent to Sam Patel (safeguarding lead).',
    );
    expect(focused()).toBe(button('Close'));
  });

  it('says the report waits in the outbox when the pack sends by email or file', async () => {
    renderForm({ guidance: { ...GUIDANCE, delivery: 'email', email: 'dsl@example.org' } });
    complete();
    await save();
    expect(screen.getByRole('status').textContent).toBe(
      "Saved in your outbox: open the extension's popup to email it or save it as a file.",
    );
  });

  it('keeps everything when saving fails, and says why', async () => {
    renderForm({
      onSubmit: vi.fn(() =>
        Promise.reject(new Error('the extension was updated or restarted; reload the page')),
      ),
    });
    type('What happened, in your own words', 'Typed');
    complete();
    await save();
    expect(within(dialog()).getByRole('alert').textContent).toBe(
      'The report could not be saved: the extension was updated or restarted; reload the page. It is still here; try again.',
    );
    expect(value('What happened, in your own words')).toBe('Typed');
  });
});

describe('ReportForm screenshot', () => {
  it('attaches a screenshot only after it was seen and confirmed', async () => {
    const { props } = renderForm();
    await act(async () => {
      fireEvent.click(button('Take a screenshot of this tab'));
      await Promise.resolve();
    });
    const preview = within(dialog()).getByRole('img', { name: 'Screenshot of this tab, not attached yet' });
    expect(preview.getAttribute('src')).toBe(SHOT);
    expect(focused()).toBe(button('Attach this screenshot'));

    // Seen but not confirmed: saving now sends none.
    complete();
    await save();
    expect(vi.mocked(props.onSubmit).mock.lastCall?.[0]).not.toHaveProperty('screenshot');
  });

  it('sends the screenshot once attached, and none once removed', async () => {
    const onSubmit = vi.fn(() => Promise.resolve({ id: 'r1', state: 'queued' as const }));
    renderForm({ onSubmit });
    await act(async () => {
      fireEvent.click(button('Take a screenshot of this tab'));
      await Promise.resolve();
    });
    fireEvent.click(button('Attach this screenshot'));
    expect(
      within(dialog()).getByRole('img', { name: 'The screenshot attached to this report' }),
    ).toBeInstanceOf(HTMLElement);
    expect(focused()).toBe(button('Remove the screenshot'));
    fireEvent.click(button('Remove the screenshot'));
    expect(within(dialog()).queryByRole('img')).toBeNull();
    await act(async () => {
      fireEvent.click(button('Take a screenshot of this tab'));
      await Promise.resolve();
    });
    fireEvent.click(button('Attach this screenshot'));
    complete();
    await save();
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ screenshot: SHOT }));
  });

  it('drops a screenshot the person chose not to attach', async () => {
    const { props } = renderForm();
    await act(async () => {
      fireEvent.click(button('Take a screenshot of this tab'));
      await Promise.resolve();
    });
    fireEvent.click(button("Don't attach"));
    expect(within(dialog()).queryByRole('img')).toBeNull();
    expect(focused()).toBe(button('Take a screenshot of this tab'));
    complete();
    await save();
    expect(vi.mocked(props.onSubmit).mock.lastCall?.[0]).not.toHaveProperty('screenshot');
  });

  it('says why a screenshot could not be taken, and that it needs the right-click menu', async () => {
    renderForm({
      startedFromMenu: false,
      onCapture: () =>
        Promise.reject(
          new Error('the browser only allows it when the report is started from the right-click menu'),
        ),
    });
    expect(within(dialog()).getByText(MENU_ONLY, { exact: false })).toBeInstanceOf(HTMLElement);
    await act(async () => {
      fireEvent.click(button('Take a screenshot of this tab'));
      await Promise.resolve();
    });
    const alert = within(dialog()).getByRole('alert');
    expect(alert.textContent).toBe(
      `The screenshot could not be taken. The browser only allows it when the report is started from the right-click menu. ${MENU_ONLY} You can save the report without one.`,
    );
    expect(focused()).toBe(alert);
    expect(button('Try again')).toBeInstanceOf(HTMLElement);
  });
});

describe('ReportForm keyboard', () => {
  it('closes on Esc at once when nothing was typed', () => {
    const { props } = renderForm();
    fireEvent.keyDown(field('The exact words'), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('asks before closing on Esc once something was typed, so nothing is lost', () => {
    const { props } = renderForm();
    type('What happened, in your own words', 'She asked again');
    field('What happened, in your own words').focus();
    fireEvent.keyDown(field('What happened, in your own words'), { key: 'Escape' });
    expect(props.onClose).not.toHaveBeenCalled();
    expect(
      within(dialog()).getByText('Close without saving? What you have typed will be lost.'),
    ).toBeInstanceOf(HTMLElement);
    expect(focused()).toBe(button('Keep editing'));

    // Esc again keeps editing, and focus goes back where it was.
    fireEvent.keyDown(button('Keep editing'), { key: 'Escape' });
    expect(within(dialog()).queryByText(/Close without saving\?/)).toBeNull();
    expect(focused()).toBe(field('What happened, in your own words'));
    expect(value('What happened, in your own words')).toBe('She asked again');

    fireEvent.click(button('Cancel'));
    fireEvent.click(button('Close without saving'));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('counts a chosen category or an edited prefill as typed', () => {
    const { props } = renderForm();
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'Complaint' }));
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(props.onClose).not.toHaveBeenCalled();
    cleanup();
    const again = renderForm();
    type("Sender's name, as shown", 'Jane');
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(again.props.onClose).not.toHaveBeenCalled();
  });

  it('holds Tab inside: from the last stop to the first and back', () => {
    renderForm();
    const first = field('The exact words');
    const last = button('Cancel');
    last.focus();
    expect(fireEvent.keyDown(last, { key: 'Tab' })).toBe(false);
    expect(focused()).toBe(first);
    expect(fireEvent.keyDown(first, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(focused()).toBe(last);
  });

  it('keeps key presses from reaching the page', () => {
    const onPageKey = vi.fn();
    document.addEventListener('keydown', onPageKey);
    renderForm();
    fireEvent.keyDown(field('The exact words'), { key: 'j' });
    document.removeEventListener('keydown', onPageKey);
    expect(onPageKey).not.toHaveBeenCalled();
  });
});

describe('report form helpers', () => {
  it('shows a reason as a sentence, whoever wrote it', () => {
    expect(asSentence('the tab is not showing')).toBe('The tab is not showing.');
    expect(asSentence('A screenshot cannot be taken here.')).toBe('A screenshot cannot be taken here.');
    expect(asSentence('  ')).toBe('');
  });

  it('reads and writes datetime-local values in local time, to the minute', () => {
    expect(toLocalInput(SEEN)).toBe('2026-11-20T14:05');
    expect(fromLocalInput('2026-11-20T14:05')).toBe(new Date(2026, 10, 20, 14, 5).getTime());
    expect(fromLocalInput('2026-02-30T10:00')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });

  it('tells webhook delivery from the outbox', () => {
    expect(savedMessage(GUIDANCE)).toBe('Saved. It will be sent to Sam Patel (safeguarding lead).');
    expect(savedMessage(null)).toMatch(/^Saved in your outbox/);
  });
});
