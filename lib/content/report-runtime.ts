import type { ReportPrefill, ReportSubject, SubmitAnswer } from '../../components/report-form.tsx';
import {
  addressOf,
  findGroups,
  findRowAt,
  keyboardAnchor,
  readRow,
  receivedIn,
  rootsOf,
  type FoundRow,
  type MessageRowsDef,
  type ReadMessage,
} from '../dom/message-rows.ts';
import { editingHostOf } from '../dom/editing-host.ts';
import type { Platform } from '../pack/ids.ts';
import type { ReportGuidance } from '../safeguarding/guidance.ts';
import type { ReportInput } from '../safeguarding/record.ts';
import { UI_HOST_NAME } from './guard-runtime.ts';
import {
  createKeyboardButton,
  KEYBOARD_HOST_NAME,
  placeAfter,
  showKeyboardButton,
  type KeyboardButton,
} from './report-keyboard.ts';
import { createReportStore, type ReportStore } from './report-layer.tsx';

/** What reporting asks of the background. Each may fail; the form then says why. */
export interface ReportServices {
  guidance: () => Promise<ReportGuidance>;
  capture: () => Promise<string>;
  submit: (input: ReportInput) => Promise<SubmitAnswer>;
}

export interface ReportDeps {
  win: Window;
  platform: Platform;
  defs: readonly MessageRowsDef[];
  services: ReportServices;
  signal: AbortSignal;
  now?: () => number;
}

export interface ReportRuntime {
  store: ReportStore;
  /** The context-menu item was chosen: open the form with the selection. False if one is open already. */
  openFromSelection(menuSelection: string): boolean;
  /** Looks for conversations on the page now (also done every second). */
  scan(): void;
}

// How often a shown conversation is looked for, and how long the pointer may be away from a message
// (on its way to our control) before the control goes.
const SCAN_MS = 1000;
const HIDE_MS = 400;
// The control's size, for placing it before it is drawn (components/report-form.css).
const CONTROL_W = 72;
const CONTROL_H = 24;
const GAP = 8;
const PICKER_LIMIT = 30;

const INTERACTIVE = [
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role="button"]',
  '[role="link"]',
  '[role="menuitem"]',
  '[role="checkbox"]',
  '[role="tab"]',
].join(',');

const isOurs = (node: EventTarget) =>
  node instanceof Element && (node.localName === UI_HOST_NAME || node.localName === KEYBOARD_HOST_NAME);

/**
 * "Report this message": the pointer control beside received messages and comments, the keyboard
 * button in each conversation and under each post, the context-menu entry point, and the form. The
 * listeners are window-level and passive: they never stop or change what the page does. Only the
 * conversation's own container is watched (a MutationObserver on its parent, childList only), so
 * the keyboard button stays in place when the site re-renders; nothing observes the whole document.
 */
export function startReporting(deps: ReportDeps): ReportRuntime {
  const { win, platform, defs, services, signal } = deps;
  const doc = win.document;
  const now = deps.now ?? Date.now;
  const store = createReportStore();
  const keyboards = new Map<Element, { keyboard: KeyboardButton; observer: MutationObserver | null }>();
  let hovered: Element | null = null;
  let lastTarget: EventTarget | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let keyboardMode = false;
  let formId = 0;

  const path = () => win.location.pathname;
  const href = () => win.location.href;
  const busy = () => store.get().form !== null || store.get().picker !== null;

  // --- the pointer control ------------------------------------------------------------------------

  /** `forget`: look again at whatever the pointer is on at its next move (after a scroll). */
  const hideControl = (forget = false) => {
    clearTimeout(hideTimer);
    hovered = null;
    if (forget) lastTarget = undefined;
    if (store.get().control) store.set({ control: null });
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => hideControl(), HIDE_MS);
  };

  const showControl = (found: FoundRow, message: ReadMessage) => {
    const position = placeControl(found);
    if (!position) return hideControl();
    hovered = found.row;
    const noun = found.def.kind;
    store.set({
      control: {
        label: message.senderName ? `Report this ${noun} from ${message.senderName}` : `Report this ${noun}`,
        position,
        onActivate: () => {
          hideControl(true);
          openForm(found, readRow(found, href()), null);
        },
        onPointerLeave: hideSoon,
      },
    });
  };

  // Beside the message, at the right edge of its row and never over the bubble; not shown at all
  // where it would cover one of the site's own controls (the keyboard button still works there).
  const placeControl = ({ def, row }: FoundRow): { top: number; left: number } | null => {
    const box = (def.box && row.closest(def.box)) || row;
    const bubble = def.words.map((css) => row.querySelector(css)).find(Boolean) ?? row;
    const boxRect = box.getBoundingClientRect();
    const bubbleRect = extentOf(bubble);
    if (boxRect.width === 0 && boxRect.height === 0) return null;
    const left = Math.min(
      Math.max(boxRect.right - CONTROL_W - GAP, bubbleRect.right + GAP),
      win.innerWidth - CONTROL_W - 4,
    );
    const top = Math.min(
      Math.max(bubbleRect.top + bubbleRect.height / 2 - CONTROL_H / 2, 0),
      win.innerHeight - CONTROL_H,
    );
    if (left < bubbleRect.right && left + CONTROL_W > bubbleRect.left) return null;
    return coversSiteControl(row, { top, left }) ? null : { top, left };
  };

  const coversSiteControl = (row: Element, at: { top: number; left: number }): boolean => {
    const points = [
      [at.left + 1, at.top + 1],
      [at.left + CONTROL_W - 1, at.top + 1],
      [at.left + 1, at.top + CONTROL_H - 1],
      [at.left + CONTROL_W - 1, at.top + CONTROL_H - 1],
      [at.left + CONTROL_W / 2, at.top + CONTROL_H / 2],
    ] as const;
    return points.some(([x, y]) => {
      const hit = topElementAt(doc, x, y);
      const control = hit?.closest(INTERACTIVE);
      return control ? !control.contains(row) : false;
    });
  };

  // pointermove, not pointerover: Chromium does not always send "over" when the pointer moves
  // within a page that just re-rendered under it. Only a new target is looked at.
  const onPointerMove = (event: PointerEvent) => {
    if (busy()) return;
    const composed = event.composedPath();
    if (composed[0] === lastTarget) return;
    lastTarget = composed[0];
    if (composed.some(isOurs)) return clearTimeout(hideTimer);
    const target = composed[0];
    if (!(target instanceof Element)) return hideSoon();
    const found = findRowAt(defs, target, path());
    if (!found) return hideSoon();
    clearTimeout(hideTimer);
    if (found.row === hovered) return;
    const message = readRow(found, href());
    if (message.mine) return hideControl();
    showControl(found, message);
  };

  // --- the keyboard button ------------------------------------------------------------------------

  const ensureKeyboard = (def: MessageRowsDef, group: Element) => {
    const anchor = keyboardAnchor(def, group);
    if (!anchor) return;
    let entry = keyboards.get(group);
    if (!entry) {
      const text = def.kind === 'message' ? 'Report a message' : 'Report a comment';
      const keyboard = createKeyboardButton(doc, text, () => openPicker(def, group, keyboard.button));
      entry = { keyboard, observer: null };
      keyboards.set(group, entry);
    }
    placeAfter(entry.keyboard, anchor);
    // A conversation's list is re-rendered by the site: watch its parent (not the document) so the
    // button is put back at once if it is dropped or left behind.
    if (def.kind === 'message' && !entry.observer && anchor.parentElement) {
      const observer = new MutationObserver(() => {
        const again = keyboardAnchor(def, group);
        if (again && group.isConnected) placeAfter(keyboards.get(group)?.keyboard ?? entry.keyboard, again);
      });
      observer.observe(anchor.parentElement, { childList: true });
      entry.observer = observer;
    }
  };

  const dropKeyboard = (group: Element) => {
    const entry = keyboards.get(group);
    entry?.observer?.disconnect();
    entry?.keyboard.host.remove();
    keyboards.delete(group);
  };

  const scan = () => {
    const current = new Set<Element>();
    for (const def of defs) {
      if (def.kind !== 'message') continue;
      for (const group of findGroups(def, doc, path())) {
        current.add(group);
        ensureKeyboard(def, group);
      }
    }
    for (const group of [...keyboards.keys()]) {
      if (!group.isConnected || (!current.has(group) && isMessageGroup(group))) dropKeyboard(group);
    }
  };
  const isMessageGroup = (group: Element) =>
    defs.some((def) => def.kind === 'message' && group.matches(def.group));

  const showKeyboardFor = (composed: EventTarget[]) => {
    for (const { keyboard } of keyboards.values()) {
      showKeyboardButton(keyboard, keyboardMode && composed.includes(keyboard.area));
    }
  };

  const onFocusIn = (event: FocusEvent) => {
    const composed = event.composedPath();
    const target = composed[0];
    if (target instanceof Element && !composed.some(isOurs)) {
      // A conversation shown a moment ago gets its button before the next scan.
      scan();
      // Keyboard focus reaching a post: its comments get their button (comments are many, so they
      // are handled when reached rather than watched).
      for (const def of defs) {
        if (def.kind !== 'comment') continue;
        const found = findGroups(def, doc, path()).find((group) => group.contains(target));
        if (found) ensureKeyboard(def, found);
      }
    }
    showKeyboardFor(composed);
  };

  // --- the picker and the form --------------------------------------------------------------------

  const openPicker = (def: MessageRowsDef, group: Element, returnTo: HTMLElement) => {
    if (busy()) return;
    hideControl(true);
    const received = receivedIn(def, group, href());
    const items =
      def.kind === 'message' ? received.reverse().slice(0, PICKER_LIMIT) : received.slice(0, PICKER_LIMIT);
    const close = () => {
      store.set({ picker: null });
      returnTo.focus();
    };
    store.set({
      picker: {
        noun: def.kind,
        items: items.map(({ message }) => message),
        onPick: (index) => {
          const chosen = items[index];
          store.set({ picker: null });
          if (!chosen?.row.isConnected) return returnTo.focus();
          const found = { def, group, row: chosen.row };
          openForm(found, readRow(found, href()), returnTo);
        },
        onClose: close,
      },
    });
  };

  const openForm = (
    found: FoundRow | null,
    message: ReadMessage | null,
    returnTo: HTMLElement | null,
    menu?: string,
  ) => {
    const prefill: ReportPrefill = {
      words: menu ?? message?.words ?? '',
      senderName: message && !message.mine ? message.senderName : '',
      senderProfile: message && !message.mine ? message.senderProfile : '',
      platform,
      where: found ? addressOf(found, href()) : pageAddress(href()),
      shownTime: message?.shownTime ?? '',
      seenAt: now(),
    };
    const subject: ReportSubject = menu !== undefined ? 'selection' : (found?.def.kind ?? 'message');
    const id = (formId += 1);
    const close = () => {
      store.set({ form: null, hidden: false });
      if (returnTo?.isConnected) returnTo.focus();
    };
    store.set({
      picker: null,
      form: {
        id,
        prefill,
        subject,
        guidance: null,
        startedFromMenu: menu !== undefined,
        onCapture: () => capture(),
        onSubmit: (input) => services.submit(input),
        onClose: close,
      },
    });
    services.guidance().then(
      (guidance) => {
        const form = store.get().form;
        if (form?.id === id) store.set({ form: { ...form, guidance } });
      },
      // The form shows the pack's points without the setting's names; saving says if it fails.
      () => undefined,
    );
  };

  // The form is hidden while the tab is captured, so the screenshot shows the page and not the form.
  const capture = async (): Promise<string> => {
    store.set({ hidden: true });
    try {
      await nextPaint(win);
      return await services.capture();
    } finally {
      store.set({ hidden: false });
    }
  };

  const openFromSelection = (menuSelection: string): boolean => {
    if (busy()) return false;
    hideControl(true);
    const selection = pageSelection(doc, defs);
    const shown = selection?.toString() ?? '';
    // The page's own selection keeps line breaks that the menu's copy loses; use it when it is the
    // same text.
    const same = shown !== '' && squash(shown) === squash(menuSelection);
    const anchor = selection?.anchorNode ?? null;
    const start = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
    const returnTo = activeElementDeep(doc);
    // Never a draft: text selected in a composer (a text box, or a rich editor) is left out, and the
    // person pastes the message's words instead.
    if (editingHostOf(start) || selectedInTextBox(returnTo)) {
      openForm(null, null, returnTo, '');
      return true;
    }
    const words = same || !menuSelection.trim() ? shown || menuSelection : menuSelection;
    const found = start ? findRowAt(defs, start, path()) : null;
    openForm(found, found ? readRow(found, href()) : null, returnTo, words);
    return true;
  };

  // --- wiring -------------------------------------------------------------------------------------

  const listen = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void) =>
    win.addEventListener(
      type,
      (event) => {
        try {
          handler(event);
        } catch {
          // Reporting is an extra: if a page surprises us, the page carries on untouched.
        }
      },
      { capture: true, passive: true, signal },
    );
  listen('pointermove', onPointerMove);
  listen('focusin', onFocusIn);
  listen('keydown', (event) => {
    if (event.key === 'Tab') keyboardMode = true;
  });
  listen('pointerdown', () => {
    keyboardMode = false;
  });
  listen('scroll', () => hideControl(true));
  listen('resize', () => hideControl(true));

  const timer = setInterval(() => {
    try {
      scan();
    } catch {
      // as above
    }
  }, SCAN_MS);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    clearTimeout(hideTimer);
    for (const group of [...keyboards.keys()]) dropKeyboard(group);
  });

  return { store, openFromSelection, scan };
}

/** The page's address without its fragment. */
function pageAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The selection, wherever it is: X Chat's text sits in a shadow root, whose selection Chromium
 * exposes as ShadowRoot.getSelection() (the document's then points at the host).
 */
function pageSelection(doc: Document, defs: readonly MessageRowsDef[]): Selection | null {
  for (const def of defs) {
    for (const root of rootsOf(def, doc)) {
      if (root === doc) continue;
      const inner = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
      if (inner && inner.rangeCount > 0 && !inner.isCollapsed) return inner;
    }
  }
  return doc.getSelection();
}

/** Whether text is selected inside a focused text box (its selection is not the document's). */
function selectedInTextBox(active: HTMLElement | null): boolean {
  if (!(active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)) return false;
  try {
    return active.selectionStart !== null && active.selectionStart !== active.selectionEnd;
  } catch {
    return false;
  }
}

/** The focused element, inside shadow roots too, to give focus back to when the form closes. */
function activeElementDeep(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}

/** The topmost page element at a point, inside open shadow roots, skipping our own UI. */
function topElementAt(doc: Document, x: number, y: number): Element | null {
  let root: Document | ShadowRoot = doc;
  let hit: Element | null = null;
  for (let depth = 0; depth < 5; depth += 1) {
    const next: Element | undefined = root.elementsFromPoint(x, y).find((el) => !isOurs(el));
    if (!next || next === hit) break;
    hit = next;
    if (!next.shadowRoot) break;
    root = next.shadowRoot;
  }
  return hit;
}

/**
 * Where a message's bubble is drawn: the element's box when it is drawn around its text (a chat
 * bubble), or the text itself when the element is a full-width block (a comment's paragraph).
 */
function extentOf(el: Element): DOMRect {
  const box = el.getBoundingClientRect();
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const text = range.getBoundingClientRect();
  return text.width > 0 && box.width > text.width + 40 ? text : box;
}

/** Resolves after the next frame has been painted. */
function nextPaint(win: Window): Promise<void> {
  return new Promise((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}
