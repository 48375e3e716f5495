// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT, FINDINGS, renderDialog, span } from './warning-dialog.fixtures.tsx';

afterEach(cleanup);

const dialog = () => screen.getByRole('alertdialog');
const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('WarningDialog', () => {
  it('is a labelled, described modal alert dialog', () => {
    renderDialog();
    const el = dialog();
    expect(el).toBe(screen.getByTestId('warning-dialog'));
    expect(el.getAttribute('aria-modal')).toBe('true');
    expect(el.dataset.action).toBe('warn');
    const heading = document.getElementById(el.getAttribute('aria-labelledby') ?? '');
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe('Before you post');
    expect(document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      "This Facebook post has 2 things to check against your setting's social media policy.",
    );
  });

  it.each([
    ['Post', 'Before you post'],
    ['Send', 'Before you send'],
    ['Confirm', 'Before you confirm'],
    ['Reply', 'Before you post'],
  ])('heads a dialog for "%s" with "%s"', (actionLabel, heading) => {
    renderDialog({ actionLabel });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(heading);
  });

  it('lists findings under category titles in the policy order, whatever order they come in', () => {
    renderDialog();
    const titles = within(dialog())
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['Names the setting', 'About a child']);
  });

  it('shows each finding with its message, marked excerpt, quoted clause and suggestion', () => {
    renderDialog();
    const child = screen.getByRole('region', { name: 'About a child' });
    expect(within(child).getByText('This names a child from the setting.')).toBeInstanceOf(HTMLElement);
    expect([...child.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Isla Pennock']);
    expect(child.querySelector('.ssg-excerpt')?.textContent).toBe(DRAFT);
    expect(child.querySelector('blockquote')?.textContent).toBe(
      'Policy: Staff must never share information about children in their care.',
    );
    expect(within(child).getByText('Leave the child out of it.').textContent).toBe(
      'What to do instead: Leave the child out of it.',
    );
    const setting = screen.getByRole('region', { name: 'Names the setting' });
    expect(setting.querySelector('mark')?.textContent).toBe('Willow Lane');
    expect(setting.textContent).not.toContain('What to do instead');
  });

  it('shows at most three excerpts of a finding, cut with an ellipsis', () => {
    const text = Array.from({ length: 5 }, (_, i) => `bad${i}`).join(
      ' and then a long stretch of fine words '.repeat(4),
    );
    const spans = Array.from({ length: 5 }, (_, i) => span(`bad${i}`, text));
    renderDialog({ text, findings: [{ ...FINDINGS[0]!, category: 'foul-language', spans }] });
    const excerpts = [...dialog().querySelectorAll('.ssg-excerpt')];
    expect(excerpts.map((e) => e.querySelector('mark')?.textContent)).toEqual(['bad0', 'bad1', 'bad2']);
    expect(excerpts[1]?.textContent).toMatch(/^….*bad1.*…$/);
  });

  it('renders the draft as text, never as markup', () => {
    const text = 'see <img src=x onerror="alert(1)"> <b>Isla Pennock</b>';
    renderDialog({ text, findings: [{ ...FINDINGS[0]!, spans: [span('Isla Pennock', text)] }] });
    expect(dialog().querySelector('img, b')).toBeNull();
    expect(dialog().querySelector('.ssg-excerpt')?.textContent).toBe(text);
  });

  describe('warn', () => {
    it('offers Edit and "<action> anyway"', () => {
      const { onEdit, onProceed } = renderDialog({ actionLabel: 'Send' });
      fireEvent.click(button('Edit'));
      expect(onEdit).toHaveBeenCalledTimes(1);
      expect(onProceed).not.toHaveBeenCalled();
      fireEvent.click(button('Send anyway'));
      expect(onProceed).toHaveBeenCalledTimes(1);
      expect(onProceed).toHaveBeenCalledWith();
      expect(screen.queryByRole('textbox')).toBeNull();
    });
  });

  describe('confirm', () => {
    it('asks for a reason before "<action> anyway" will go ahead', () => {
      const { onProceed } = renderDialog({ action: 'confirm' });
      expect(dialog().dataset.action).toBe('confirm');
      expect(
        screen.getByRole('alertdialog', { description: /To let it go out as it is, give a reason below\./ }),
      ).toBeInstanceOf(HTMLElement);
      const reason = screen.getByRole('textbox', { name: 'Why does this need to go out as it is?' });
      expect((reason as HTMLTextAreaElement).required).toBe(true);
      const proceed = button('Post anyway') as HTMLButtonElement;
      expect(proceed.disabled).toBe(true);
      fireEvent.click(proceed);
      fireEvent.change(reason, { target: { value: '   ok    ' } });
      expect(proceed.disabled).toBe(true);
      fireEvent.click(proceed);
      expect(onProceed).not.toHaveBeenCalled();
      fireEvent.change(reason, { target: { value: '  Mum asked me to ' } });
      expect(proceed.disabled).toBe(false);
      fireEvent.click(proceed);
      expect(onProceed).toHaveBeenCalledExactlyOnceWith('Mum asked me to');
    });

    it('still lets the person edit', () => {
      const { onEdit } = renderDialog({ action: 'confirm' });
      fireEvent.click(button('Edit'));
      expect(onEdit).toHaveBeenCalledTimes(1);
    });
  });

  describe('block', () => {
    it('offers no way to send, only back to editing', () => {
      const { onEdit, onProceed } = renderDialog({ action: 'block' });
      expect(screen.getByRole('alertdialog', { description: /cannot be sent as it is/ })).toBeInstanceOf(
        HTMLElement,
      );
      expect(
        within(dialog())
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Back to editing']);
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(dialog().textContent).toContain('Your setting does not allow this to be sent.');
      fireEvent.click(button('Back to editing'));
      expect(onEdit).toHaveBeenCalledTimes(1);
      expect(onProceed).not.toHaveBeenCalled();
    });

    it.each([
      [
        { manager: 'Dana Oyelaran', safeguardingLead: 'Huw Pritchard' },
        'Ask Dana Oyelaran (manager) or Huw Pritchard (safeguarding lead).',
      ],
      [{ manager: 'Dana Oyelaran', safeguardingLead: '' }, 'Ask Dana Oyelaran (manager).'],
      [{ manager: ' ', safeguardingLead: 'Huw Pritchard' }, 'Ask Huw Pritchard (safeguarding lead).'],
      [
        { manager: 'Dana Oyelaran', safeguardingLead: 'Dana Oyelaran' },
        'Ask Dana Oyelaran (manager and safeguarding lead).',
      ],
      [{ manager: '', safeguardingLead: '' }, 'Ask your manager.'],
    ])('says who to ask: %j', (contacts, line) => {
      renderDialog({ action: 'block', contacts });
      expect(screen.getByText(line)).toBeInstanceOf(HTMLElement);
    });
  });
});
