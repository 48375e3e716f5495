// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPhotos, type Attached } from './photo-watch.ts';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

const photo = (name = 'garden.jpg') =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], name, { type: 'image/jpeg' });

function setUp(running = true) {
  controller = new AbortController();
  const seen: Attached[] = [];
  const onAttached = vi.fn((attached: Attached) => seen.push(attached));
  watchPhotos(window, controller.signal, {
    running: () => running,
    onAttached,
    ownHost: 'staff-social-guard',
  });
  return { seen, onAttached };
}

/** A file input holding `files`, as the browser leaves it after the person picks them. */
function fileInput(parent: Node, files: File[]): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  parent.appendChild(input);
  return input;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An event carrying files the way the browser's clipboard and drag data do (jsdom has no DataTransfer). */
function withFiles(type: 'paste' | 'drop', files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, type === 'paste' ? 'clipboardData' : 'dataTransfer', { value: { files } });
  return event;
}

describe('watchPhotos', () => {
  it("hands over a file input's files only after the site's own handler has run, without touching the event", async () => {
    const { seen, onAttached } = setUp();
    const file = photo();
    const input = fileInput(document.body, [file]);
    const siteHandler = vi.fn(() => Object.defineProperty(input, 'files', { value: [] }));
    input.addEventListener('change', siteHandler);
    const event = new Event('change', { bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    expect(siteHandler).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(false);
    expect(onAttached).not.toHaveBeenCalled();
    await nextTask();
    // The site emptied the input in its handler; we still have the file it was given.
    expect(seen).toEqual([{ files: [file], origin: input }]);
  });

  it('catches a file input inside a shadow root, once the person has used that root', async () => {
    const { seen } = setUp();
    const host = document.createElement('div');
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const textarea = document.createElement('textarea');
    shadow.appendChild(textarea);
    const file = photo('chat.png');
    const input = fileInput(shadow, [file]);
    textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    // `change` is not composed: only a listener inside the shadow root hears it.
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await nextTask();
    expect(seen).toEqual([{ files: [file], origin: input }]);
  });

  it('takes each file once, though input and change (and both listeners) report it', async () => {
    const { seen } = setUp();
    const file = photo();
    const input = fileInput(document.body, [file]);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await nextTask();
    expect(seen.flatMap((a) => a.files)).toEqual([file]);
  });

  it('catches files pasted or dropped into an editor, and never cancels the paste or drop', async () => {
    const { seen } = setUp();
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.appendChild(editor);
    const pasted = photo('pasted.png');
    const dropped = photo('dropped.jpg');
    const paste = withFiles('paste', [pasted]);
    const drop = withFiles('drop', [dropped]);
    editor.dispatchEvent(paste);
    editor.dispatchEvent(drop);
    expect(paste.defaultPrevented || drop.defaultPrevented).toBe(false);
    await nextTask();
    expect(seen).toEqual([
      { files: [pasted], origin: editor },
      { files: [dropped], origin: editor },
    ]);
  });

  it('does nothing while the guard is paused or off, or for pastes without files', async () => {
    const { onAttached } = setUp(false);
    fileInput(document.body, [photo()]).dispatchEvent(new Event('change', { bubbles: true }));
    await nextTask();
    expect(onAttached).not.toHaveBeenCalled();
    controller.abort();
    const on = setUp(true);
    document.body.dispatchEvent(withFiles('paste', []));
    await nextTask();
    expect(on.onAttached).not.toHaveBeenCalled();
  });
});
