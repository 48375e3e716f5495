// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvImport } from './csv-import.tsx';
import { FieldGroup } from './field-group.tsx';
import { FieldRow } from './field-row.tsx';
import type { FieldSpec } from './types.ts';

afterEach(cleanup);

const emails: FieldSpec = {
  id: 'setting.emails',
  label: 'Email addresses',
  hint: 'One per line.',
  kind: 'list',
};

describe('FieldRow', () => {
  it('labels the control and describes it by its hint', () => {
    render(<FieldRow spec={emails} value="" onChange={vi.fn()} onBlur={vi.fn()} />);
    const box = screen.getByRole('textbox', { name: 'Email addresses' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(box.getAttribute('aria-describedby')).toBe('ssg-mf-setting-emails-hint');
    expect(screen.getByText('One per line.').id).toBe('ssg-mf-setting-emails-hint');
  });

  it('shows each problem beside the field and ties it to the control', () => {
    const errors = ['Line 2: must be an email address like office@example.org', 'Line 3: is too long'];
    render(<FieldRow spec={emails} value="a" errors={errors} onChange={vi.fn()} onBlur={vi.fn()} />);
    const box = screen.getByRole('textbox', { name: 'Email addresses' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(
      'ssg-mf-setting-emails-hint ssg-mf-setting-emails-error',
    );
    expect(document.getElementById('ssg-mf-setting-emails-error')?.textContent).toBe(
      `Error: ${errors[0]}Error: ${errors[1]}`,
    );
  });

  it('reports changes and leaving the field by field id', () => {
    const onChange = vi.fn();
    const onBlur = vi.fn();
    render(<FieldRow spec={emails} value="" onChange={onChange} onBlur={onBlur} />);
    const box = screen.getByRole('textbox', { name: 'Email addresses' });
    fireEvent.change(box, { target: { value: 'a@b.org' } });
    fireEvent.blur(box);
    expect(onChange).toHaveBeenCalledWith('setting.emails', 'a@b.org');
    expect(onBlur).toHaveBeenCalledWith('setting.emails');
  });

  it.each([
    [{ id: 'meta.version', label: 'Version', kind: 'number' }, 'INPUT', 'numeric'],
    [{ id: 'reports.email', label: 'Email', kind: 'email' }, 'INPUT', 'email'],
    [{ id: 'uniform', label: 'Uniform', kind: 'long' }, 'TEXTAREA', null],
  ] as const)('renders a %j field', (spec, tag, inputMode) => {
    render(<FieldRow spec={spec} value="" onChange={vi.fn()} onBlur={vi.fn()} />);
    const control = screen.getByLabelText(spec.label);
    expect(control.tagName).toBe(tag);
    expect(control.getAttribute('inputmode')).toBe(inputMode);
  });

  it('offers every severity in words', () => {
    const spec: FieldSpec = { id: 'rules.reputation.severity', label: 'What staff see', kind: 'severity' };
    const onChange = vi.fn();
    render(<FieldRow spec={spec} value="warn" onChange={onChange} onBlur={vi.fn()} />);
    const select = screen.getByRole('combobox', { name: 'What staff see' });
    expect([...select.querySelectorAll('option')].map((o) => o.value)).toEqual([
      'off',
      'notice',
      'warn',
      'confirm',
      'block',
    ]);
    fireEvent.change(select, { target: { value: 'block' } });
    expect(onChange).toHaveBeenCalledWith('rules.reputation.severity', 'block');
  });
});

describe('CsvImport', () => {
  it('passes the chosen file on and shows what the import did', () => {
    const onFile = vi.fn();
    const note = {
      summary: 'Added 2 entries from kids.csv. 1 row could not be read:',
      problems: ['Line 4: x'],
    };
    render(<CsvImport fieldDomId="ssg-mf-people-children" kind="names" note={note} onFile={onFile} />);
    const input = screen.getByLabelText<HTMLInputElement>('Add from a CSV file');
    const file = new File(['Amelia Jones'], 'kids.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
    expect(screen.getByRole('status').textContent).toBe(`${note.summary}Line 4: x`);
  });
});

describe('FieldGroup', () => {
  it('puts its fields in a fieldset named by its legend, with CSV imports under the lists that take them', () => {
    const specs: FieldSpec[] = [
      { id: 'people.manager', label: "Manager's name", kind: 'text' },
      { id: 'people.family', label: 'Parents and family members', kind: 'family', csv: 'family' },
    ];
    const onImport = vi.fn();
    render(
      <FieldGroup
        legend="People"
        specs={specs}
        values={{ 'people.manager': 'Jo' }}
        errors={{}}
        onChange={vi.fn()}
        onBlur={vi.fn()}
        onImport={onImport}
      />,
    );
    const group = screen.getByRole('group', { name: 'People' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: "Manager's name" }).value).toBe('Jo');
    const file = new File(['name,relation,child'], 'family.csv');
    fireEvent.change(screen.getByLabelText('Add from a CSV file'), { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith('people.family', 'family', file);
  });
});
