/** Files the person just attached, and the element they were attached through. */
export interface Attached {
  files: File[];
  /** The file input, or the element pasted or dropped into (inside shadow roots too). */
  origin: Element | null;
}

export interface PhotoWatchOptions {
  /** False while the guard is paused or off: nothing is caught. */
  running: () => boolean;
  /** Called after the event has finished, so the site's own handlers always see it first. */
  onAttached: (attached: Attached) => void;
  /** Our own UI's shadow root host name: files in our own fields are not the site's. */
  ownHost: string;
}

/**
 * Catches files as they are attached (sites.md P12, §1.3, §2.6): a file input's `input` and
 * `change`, and `paste` / `drop` carrying files. Every listener only looks: it never cancels,
 * stops or changes the event, and never touches the input.
 *
 * The File objects are taken during the event (sites often empty the input, and the clipboard and
 * drag data are unreadable once the event is over) but only handed on in a task after it, once
 * the site's own handlers have run. `change` is not composed, so a file input inside a shadow root
 * (X Chat's `dm-composer-file-input`) is also watched from inside every open shadow root that our
 * capture listeners see the person use; the composed `input` event of file inputs reaches window
 * anyway where the browser sends it.
 */
export function watchPhotos(win: Window, signal: AbortSignal, options: PhotoWatchOptions): void {
  // The same File can arrive twice (input then change, or document and shadow root listeners).
  const seen = new WeakSet<File>();
  const roots = new WeakSet<ShadowRoot>();

  const take = (files: FileList | null | undefined, origin: EventTarget | undefined) => {
    if (!options.running() || !files || files.length === 0) return;
    const element = origin instanceof Element ? origin : origin instanceof Node ? origin.parentElement : null;
    if (element && isOurs(element, options.ownHost)) return;
    const fresh = Array.from(files).filter((file) => !seen.has(file));
    if (fresh.length === 0) return;
    fresh.forEach((file) => seen.add(file));
    const attached = { files: fresh, origin: element };
    win.setTimeout(() => safely(() => options.onAttached(attached)), 0);
  };

  const fromInput = (event: Event) => {
    const input = event.composedPath()[0];
    if (input instanceof HTMLInputElement && input.type === 'file') take(input.files, input);
  };
  const fromPaste = (event: ClipboardEvent) => take(event.clipboardData?.files, event.composedPath()[0]);
  const fromDrop = (event: DragEvent) => take(event.dataTransfer?.files, event.composedPath()[0]);

  const watchRoots = (event: Event) => {
    for (const node of event.composedPath()) {
      if (!(node instanceof ShadowRoot) || roots.has(node) || node.host.localName === options.ownHost)
        continue;
      roots.add(node);
      const guarded = quietly(fromInput);
      node.addEventListener('change', guarded, { capture: true, signal });
      node.addEventListener('input', guarded, { capture: true, signal });
    }
  };

  const on = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void) =>
    win.addEventListener(type, quietly(handler), { capture: true, passive: true, signal });
  on('change', fromInput);
  on('input', fromInput);
  on('paste', fromPaste);
  on('drop', fromDrop);
  on('focusin', watchRoots);
  on('pointerdown', watchRoots);
  on('click', watchRoots);
}

// A fault here must never reach the page's own handlers: the event carries on as if we were not there.
function safely(run: () => void): void {
  try {
    run();
  } catch (error) {
    console.warn('[Staff Social Guard] could not look at an attached file', error);
  }
}

function quietly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => safely(() => handler(event));
}

function isOurs(element: Element, ownHost: string): boolean {
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === ownHost;
}
