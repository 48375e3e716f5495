// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/pack/ids.ts';
import { FieldGroup } from './field-group.tsx';
import { FieldRow } from './field-row.tsx';
import { PackForm } from './pack-form.tsx';
import type { FieldSpec } from './types.ts';

afterEach(cleanup);

const colours: FieldSpec = {
  id: 'photos.uniformColours',
  label: 'Uniform colours',
  hint: 'Up to 6.',
  kind: 'colours',
};
const logo: FieldSpec = { id: 'photos.uniformLogo', label: 'Uniform logo', kind: 'logo' };
const latitude: FieldSpec = { id: 'setting.coordinates.latitude', label: 'Latitude', kind: 'coordinate' };

/** The colour list with its value kept, as the form keeps it. */
function Colours({ start = '', errors }: { start?: string; errors?: string[] }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <FieldRow
        spec={colours}
        value={value}
        errors={errors}
        onChange={(_f, v) => setValue(v)}
        onBlur={vi.fn()}
      />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}
const valueShown = () => JSON.parse(screen.getByTestId('value').textContent ?? '') as string;

describe('the uniform colours', () => {
  it('adds colours, each a labelled picker with its code, up to six, focusing the new one', () => {
    render(<Colours />);
    const group = screen.getByRole('group', { name: 'Uniform colours' });
    expect(group.getAttribute('aria-describedby')).toBe('ssg-mf-photos-uniformColours-hint');
    const add = within(group).getByRole('button', { name: 'Add a uniform colour' });
    fireEvent.click(add);
    const picker = screen.getByLabelText<HTMLInputElement>('Uniform colour 1');
    expect(picker.type).toBe('color');
    expect(document.activeElement).toBe(picker);
    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: 'Uniform colour 1, colour code' }).value,
    ).toBe('#000000');
    for (let i = 0; i < 5; i++) fireEvent.click(add);
    expect(screen.getAllByRole('button', { name: /^Remove uniform colour \d$/ })).toHaveLength(6);
    expect(add).toHaveProperty('disabled', true);
    expect(screen.getByText(/at most 6 colours/)).toBeInstanceOf(HTMLElement);
  });

  it('keeps the picker and the typed code in step', () => {
    render(<Colours start={'#1f6f3a\n'} />);
    const picker = screen.getByLabelText<HTMLInputElement>('Uniform colour 1');
    const code = screen.getByRole<HTMLInputElement>('textbox', { name: 'Uniform colour 1, colour code' });
    expect(picker.value).toBe('#1f6f3a');
    fireEvent.change(picker, { target: { value: '#ffcc00' } });
    expect(code.value).toBe('#ffcc00');
    fireEvent.change(code, { target: { value: '00F' } });
    expect(picker.value).toBe('#0000ff');
    // A code cleared while typing keeps its row.
    fireEvent.change(code, { target: { value: '' } });
    expect(screen.getByLabelText('Uniform colour 1')).toBeInstanceOf(HTMLInputElement);
    expect(valueShown()).toBe('\n');
  });

  it('removes a colour by its labelled button and puts focus on Add', () => {
    render(<Colours start={'#111111\n#222222\n#333333\n'} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove uniform colour 2' }));
    expect(valueShown()).toBe('#111111\n#333333\n');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a uniform colour' }));
  });

  it('marks the wrong code beside the error', () => {
    render(<Colours start={'#111111\ngreen\n'} errors={['Colour 2: must be a colour like #1f6f3a']} />);
    const wrong = screen.getByRole('textbox', { name: 'Uniform colour 2, colour code' });
    expect(wrong.getAttribute('aria-invalid')).toBe('true');
    expect(wrong.getAttribute('aria-describedby')).toContain('ssg-mf-photos-uniformColours-error');
    expect(
      screen.getByRole('textbox', { name: 'Uniform colour 1, colour code' }).getAttribute('aria-invalid'),
    ).toBeNull();
  });
});

describe('the uniform logo', () => {
  const PNG = 'data:image/png;base64,iVBORw0KGgo=';

  it('passes the chosen image on as a logo file', () => {
    const onImport = vi.fn();
    render(
      <FieldGroup
        legend="Photos"
        specs={[logo]}
        values={{}}
        errors={{}}
        onChange={vi.fn()}
        onBlur={vi.fn()}
        onImport={onImport}
      />,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Uniform logo');
    expect(input.type).toBe('file');
    expect(input.accept).toMatch(/image\/png,image\/jpeg,image\/webp/);
    const file = new File([new Uint8Array(10)], 'logo.png', { type: 'image/png' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith('photos.uniformLogo', 'logo', file);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows the logo with alt text, and removes it', () => {
    const onChange = vi.fn();
    render(<FieldRow spec={logo} value={PNG} onChange={onChange} onBlur={vi.fn()} />);
    expect(screen.getByRole('img', { name: 'The uniform logo in this pack' }).getAttribute('src')).toBe(PNG);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the logo' }));
    expect(onChange).toHaveBeenCalledWith('photos.uniformLogo', '');
  });

  it('says why a file was refused', () => {
    const note = {
      summary: 'The logo was not changed:',
      problems: ['The logo is 540 kB; use an image under 200 kB, such as a cropped PNG.'],
    };
    render(<FieldRow spec={logo} value="" note={note} onChange={vi.fn()} onBlur={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe(`${note.summary}${note.problems[0]}`);
  });
});

describe('the coordinates', () => {
  it('fills both boxes from a pair pasted into either, and pastes anything else as usual', () => {
    const onChange = vi.fn();
    render(<FieldRow spec={latitude} value="" onChange={onChange} onBlur={vi.fn()} />);
    const box = screen.getByRole('textbox', { name: 'Latitude' });
    expect(box.getAttribute('inputmode')).toBe('decimal');
    fireEvent.paste(box, { clipboardData: { getData: () => '51.5072, -0.1276' } });
    expect(onChange.mock.calls).toEqual([
      ['setting.coordinates.latitude', '51.5072'],
      ['setting.coordinates.longitude', '-0.1276'],
    ]);
    onChange.mockClear();
    fireEvent.paste(box, { clipboardData: { getData: () => '51.5072' } });
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('PackForm', () => {
  it('shows the photo settings in a section of their own, after the setting', () => {
    const name: FieldSpec = { id: 'setting.name', label: 'Name of the setting', kind: 'text' };
    const photo = (spec: FieldSpec): FieldSpec => ({ ...spec, group: 'photos' });
    render(
      <PackForm
        specs={{
          setting: [name, photo(latitude), photo(colours), photo(logo)],
          people: [],
          rules: Object.fromEntries(CATEGORY_IDS.map((c) => [c, []])) as never,
          reports: [],
        }}
        values={{}}
        errors={{}}
        onChange={vi.fn()}
        onBlur={vi.fn()}
        importNotes={{}}
        onImport={vi.fn()}
      />,
    );
    const setting = screen.getByRole('group', { name: 'Your setting' });
    const photos = screen.getByRole('group', { name: 'Photos' });
    expect(within(setting).queryByLabelText('Latitude')).toBeNull();
    expect(within(photos).getByLabelText('Latitude')).toBeInstanceOf(HTMLInputElement);
    expect(within(photos).getByRole('group', { name: 'Uniform colours' })).toBeInstanceOf(HTMLElement);
    expect(within(photos).getByLabelText('Uniform logo')).toBeInstanceOf(HTMLInputElement);
    expect(setting.compareDocumentPosition(photos) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
