// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ManagerSection } from '../manager-section.tsx';
import { DRAFT_KEY } from './use-manager-draft.ts';
import { useManagerForm } from './use-manager-form.ts';

// The photo settings through the manager's real form: the logo read from a file or refused, and
// everything kept in the autosaved draft across a reload.

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const png = (name: string) =>
  new File([Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0))], name, { type: 'image/png' });
const LOGO = 'photos.uniformLogo';

async function loadedForm() {
  const hook = renderHook(() => useManagerForm());
  await waitFor(() => expect(hook.result.current.draft.loaded).toBe(true));
  return hook;
}

describe('the uniform logo in the manager form', () => {
  it('refuses an image over the size limit, saying what to do, and keeps the logo it had', async () => {
    const { result } = await loadedForm();
    act(() => result.current.importFile(LOGO, 'logo', png('logo.png')));
    await waitFor(() => expect(result.current.form.values[LOGO]).toBe(`data:image/png;base64,${PNG_BASE64}`));
    const big = new File([new Uint8Array(540 * 1024)], 'photo-of-the-sign.jpg', { type: 'image/jpeg' });
    act(() => result.current.importFile(LOGO, 'logo', big));
    await waitFor(() =>
      expect(result.current.importNotes[LOGO]).toEqual({
        summary: 'The logo was not changed:',
        problems: ['The logo is 540 kB; use an image under 200 kB, such as a cropped PNG.'],
      }),
    );
    expect(result.current.form.values[LOGO]).toBe(`data:image/png;base64,${PNG_BASE64}`);
  });

  it('refuses a file that is not an image, whatever its name', async () => {
    const { result } = await loadedForm();
    act(() =>
      result.current.importFile(LOGO, 'logo', new File(['GIF89a…'], 'logo.png', { type: 'image/png' })),
    );
    await waitFor(() =>
      expect(result.current.importNotes[LOGO]?.problems[0]).toMatch(/^logo\.png is not a PNG/),
    );
    expect(result.current.form.values[LOGO]).toBe('');
  });

  it('puts the logo in the pack, and forgets what the file did once the logo is removed', async () => {
    const { result } = await loadedForm();
    act(() => {
      result.current.setValue('meta.id', 'acorns');
      result.current.setValue('meta.issuer', 'Jo Bloggs');
      result.current.importFile(LOGO, 'logo', png('acorn.png'));
    });
    await waitFor(() =>
      expect(result.current.importNotes[LOGO]?.summary).toBe('Added acorn.png (1 kB) as the logo.'),
    );
    expect(result.current.validation.pack?.photos.uniformLogo).toBe(`data:image/png;base64,${PNG_BASE64}`);
    act(() => result.current.setValue(LOGO, ''));
    expect(result.current.importNotes[LOGO]).toBeUndefined();
    expect(result.current.validation.pack?.photos.uniformLogo).toBeUndefined();
  });
});

describe('the photo settings in the manager section', { timeout: 30_000 }, () => {
  it('are kept in the draft and come back after a reload', async () => {
    render(<ManagerSection />);
    const latitude = await screen.findByLabelText<HTMLInputElement>('Latitude of the setting');
    fireEvent.paste(latitude, { clipboardData: { getData: () => '51.5072, -0.1276' } });
    fireEvent.change(screen.getByLabelText('Near the setting (metres)'), { target: { value: '400' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a uniform colour' }));
    fireEvent.change(screen.getByLabelText('Uniform colour 1'), { target: { value: '#1f6f3a' } });
    fireEvent.change(screen.getByLabelText('Uniform logo'), { target: { files: [png('acorn.png')] } });
    await screen.findByRole('img', { name: 'The uniform logo in this pack' });
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(DRAFT_KEY))[DRAFT_KEY]).toMatchObject({
        values: {
          'setting.coordinates.latitude': '51.5072',
          'setting.coordinates.longitude': '-0.1276',
          'photos.nearMetres': '400',
          'photos.uniformColours': '#1f6f3a\n',
          [LOGO]: `data:image/png;base64,${PNG_BASE64}`,
        },
      }),
    );

    cleanup();
    render(<ManagerSection />);
    expect((await screen.findByLabelText<HTMLInputElement>('Latitude of the setting')).value).toBe('51.5072');
    expect(screen.getByLabelText<HTMLInputElement>('Longitude of the setting').value).toBe('-0.1276');
    expect(screen.getByLabelText<HTMLInputElement>('Near the setting (metres)').value).toBe('400');
    expect(screen.getByLabelText<HTMLInputElement>('Uniform colour 1').value).toBe('#1f6f3a');
    expect(screen.getByRole('img', { name: 'The uniform logo in this pack' }).getAttribute('src')).toBe(
      `data:image/png;base64,${PNG_BASE64}`,
    );
  });

  it('shows a coordinate problem beside its field once it is left', async () => {
    render(<ManagerSection />);
    const longitude = await screen.findByLabelText<HTMLInputElement>('Longitude of the setting');
    fireEvent.change(longitude, { target: { value: 'west' } });
    fireEvent.blur(longitude);
    expect(longitude.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById('ssg-mf-setting-coordinates-longitude-error');
    expect(longitude.getAttribute('aria-describedby')).toContain(error?.id);
    expect(error?.textContent).toBe('Error: Must be a number in decimal degrees, e.g. -0.1276');
  });
});
