import { editingHostOf } from '../dom/editing-host.ts';
import { closestControl } from '../sites/match-control.ts';
import { editorForControl, surfaceOf } from '../sites/resolve-surface.ts';
import { ComposerSession } from './composer-session.ts';
import { showCheckOutcome } from './show-outcome.ts';
import { createFriendGuard } from './friend-guard.ts';
import type { GuardContext } from './guard-context.ts';
import { isSendKey, pickerOpen } from './send-keys.ts';
import { guardSend } from './send-guard.ts';

export interface GuardRuntime {
  /** Pauses (until an epoch time) or resumes (null) the guard on this page. */
  setPausedUntil(until: number | null): void;
  /** Turns the guard off on this page, saying why; the page keeps working untouched. */
  fail(reason: string): void;
  /** Whether the guard is on (not paused, not off): the photo watch follows it. */
  running(): boolean;
}

/**
 * Wires a site adapter to the checks: window capture listeners, registered at document_start so
 * they run before the page's own (sites.md §5 P3). Every handler is wrapped: if our code throws,
 * the event carries on to the site as if we were not there, and the badge says the guard is off.
 */
export function startGuard(ctx: GuardContext, win: Window, signal: AbortSignal): GuardRuntime {
  const sessions = new WeakMap<Element, { session: ComposerSession; path: string }>();
  const friends = createFriendGuard(ctx);
  let active: ComposerSession | null = null;
  let pausedUntil: number | null = null;
  let failure: string | null = null;
  let observer: MutationObserver | null = null;

  const isPaused = () => pausedUntil !== null && Date.now() < pausedUntil;
  const running = () => failure === null && !isPaused();

  const sessionFor = (editor: HTMLElement): ComposerSession | null => {
    const page = ctx.page();
    const known = sessions.get(editor);
    if (known && known.path === page.path) return known.session;
    const surface = surfaceOf(editor, ctx.adapter, page);
    if (!surface) return null;
    const session = new ComposerSession(editor, surface, {
      platform: ctx.adapter.platform,
      lang: () => ctx.page().lang,
      check: (request) => ctx.services.check(request),
      onChecked: (s, outcome) => s === active && running() && showCheckOutcome(ctx, s, outcome),
    });
    sessions.set(editor, { session, path: page.path });
    return session;
  };

  const activate = (session: ComposerSession) => {
    if (active === session) return;
    active = session;
    observer?.disconnect();
    // Draft.js re-renders instead of letting every keystroke fire `input`, so watch the editor itself.
    observer = new MutationObserver(() => running() && session.schedule());
    observer.observe(session.editor, { childList: true, characterData: true, subtree: true });
  };

  const showState = (session: ComposerSession) => {
    if (failure !== null) return ctx.ui.showBadge({ kind: 'off', reason: failure }, session.editor);
    if (isPaused() && pausedUntil !== null)
      return ctx.ui.showBadge({ kind: 'paused', until: clock(pausedUntil) }, session.editor);
    if (session.latest && session.isCurrent(session.read().text, session.recipient())) {
      return showCheckOutcome(ctx, session, session.latest);
    }
    ctx.ui.showBadge({ kind: 'checking' }, session.editor);
    session.schedule();
  };

  const fromEditor = (event: Event): ComposerSession | null => {
    const editor = editingHostOf(event.composedPath()[0]);
    return editor && !isOurUi(editor) ? sessionFor(editor) : null;
  };

  const safely =
    <E extends Event>(handler: (event: E) => void) =>
    (event: E) => {
      if (failure !== null) return showOffOnFocus(event);
      try {
        handler(event);
      } catch (error) {
        runtime.fail(
          `something on this page stopped it (${error instanceof Error ? error.message : String(error)})`,
        );
        showOffOnFocus(event);
      }
    };

  // Once off, the guard still says so beside any box the person starts writing in.
  const showOffOnFocus = (event: Event) => {
    const editor =
      event.type === 'focusin' || event.type === 'input' ? editingHostOf(event.composedPath()[0]) : null;
    if (failure !== null && editor && !isOurUi(editor))
      ctx.ui.showBadge({ kind: 'off', reason: failure }, editor);
  };

  const listen = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void) =>
    win.addEventListener(type, safely(handler), { capture: true, signal });

  listen('focusin', (event) => {
    const session = fromEditor(event);
    if (!session) return;
    activate(session);
    showState(session);
  });
  listen('input', (event) => {
    const session = fromEditor(event);
    if (!session || !running()) return;
    activate(session);
    session.schedule();
  });
  listen('keydown', (event) => {
    if (!running()) return;
    const origin = event.composedPath()[0];
    const session = fromEditor(event);
    if (session) {
      if (!session.surface.enforce || !isSendKey(event, session.surface.keys) || pickerOpen(session.editor))
        return;
      if (ctx.bypass.delete(session.editor)) return;
      guardSend(ctx, session, { kind: 'key', ctrlKey: event.ctrlKey, metaKey: event.metaKey }, event);
    } else if (
      (event.key === 'Enter' || event.key === ' ') &&
      origin instanceof Element &&
      !isOurUi(origin)
    ) {
      // A focused role="button" control pressed from the keyboard: sites act on the key itself.
      if (!friends.onClick(origin, event)) onControl(origin, event);
    }
  });
  listen('click', (event) => {
    const origin = event.composedPath()[0];
    if (!running() || !(origin instanceof Element) || isOurUi(origin)) return;
    if (friends.onClick(origin, event)) return;
    onControl(origin, event);
  });
  listen('pointerover', (event) => {
    const origin = event.composedPath()[0];
    if (running() && origin instanceof Element) friends.prefetch(origin);
  });

  const submitControls = ctx.adapter.surfaces.filter((s) => s.enforce).flatMap((s) => s.submit);
  function onControl(origin: Element, event: Event): void {
    const page = ctx.page();
    const control = closestControl(origin, submitControls, page.lang);
    if (!control) return;
    const found = editorForControl(control, ctx.adapter, page, active?.editor ?? null);
    const session = found && sessionFor(found.editor as HTMLElement);
    if (!session) return;
    if (ctx.bypass.delete(session.editor)) return;
    guardSend(ctx, session, { kind: 'click', control }, event);
  }

  let resumeTimer: ReturnType<typeof setTimeout> | undefined;
  const runtime: GuardRuntime = {
    running,
    setPausedUntil(until) {
      pausedUntil = until;
      clearTimeout(resumeTimer);
      if (until !== null)
        resumeTimer = setTimeout(() => runtime.setPausedUntil(null), Math.max(0, until - Date.now()));
      if (active) showState(active);
    },
    fail(reason) {
      failure = reason;
      observer?.disconnect();
      if (active) showState(active);
    },
  };
  signal.addEventListener('abort', () => {
    observer?.disconnect();
    clearTimeout(resumeTimer);
  });
  return runtime;
}

/** Our own shadow root's host (lib/content/guard-ui.tsx): our dialog's fields are not the site's editors. */
export const UI_HOST_NAME = 'staff-social-guard';

function isOurUi(element: Element): boolean {
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === UI_HOST_NAME;
}

function clock(epochMs: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(epochMs);
}
