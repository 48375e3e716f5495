import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { useSyncExternalStore, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { GuardBadge, type BadgeState } from '../../components/guard-badge.tsx';
import { PhotoNotice } from '../../components/photo-notice.tsx';
import { PhotoWaitDialog, type PhotoWaitDialogProps } from '../../components/photo-wait-dialog.tsx';
import { WarningDialog, type WarningDialogProps } from '../../components/warning-dialog.tsx';
import { domReady } from './dom-ready.ts';
import type { GuardUi } from './guard-context.ts';
import { UI_HOST_NAME } from './guard-runtime.ts';

interface View {
  badge: { state: BadgeState; position: { top: number; left: number } | null } | null;
  dialog: WarningDialogProps | null;
  wait: PhotoWaitDialogProps | null;
  notice: string | null;
}

// The badge sits inside the composer's bottom-right corner, like a spelling checker's mark; in
// boxes too short to hold it, just below that corner instead.
const BADGE_INSET = 4;
const BADGE_HEIGHT = 24;
// Long enough to read two sentences, and for a screen reader to finish announcing them.
const NOTICE_MS = 12_000;

/**
 * Our UI: one React root in our own open shadow root at the end of <body>, holding the badge and the
 * dialog, and `extra` (the report form and its controls, lib/content/report-start.ts). The page
 * cannot style or reach into it, and we never put anything inside its editors.
 * The root mounts once the document is parsed; until then updates are kept and shown on mount.
 */
export function createGuardUi(ctx: ContentScriptContext, win: Window, extra: ReactNode = null): GuardUi {
  let view: View = { badge: null, dialog: null, wait: null, notice: null };
  let noticeTimer = 0;
  let anchor: Element | null = null;
  const listeners = new Set<() => void>();
  const set = (next: Partial<View>) => {
    view = { ...view, ...next };
    listeners.forEach((notify) => notify());
  };
  const store = {
    subscribe: (notify: () => void) => (listeners.add(notify), () => listeners.delete(notify)),
    get: () => view,
  };

  const place = () => {
    if (!view.badge) return;
    if (!anchor?.isConnected || anchor.getClientRects().length === 0) return set({ badge: null });
    const rect = anchor.getBoundingClientRect();
    const roomInside = rect.height >= BADGE_HEIGHT * 2;
    const bottom = roomInside ? rect.bottom - BADGE_INSET : rect.bottom + BADGE_HEIGHT + BADGE_INSET;
    const position = { top: Math.min(bottom, win.innerHeight), left: Math.max(0, rect.right - BADGE_INSET) };
    set({ badge: { state: view.badge.state, position } });
  };
  let frame = 0;
  const placeSoon = () => {
    if (!view.badge || frame) return;
    frame = win.requestAnimationFrame(() => ((frame = 0), place()));
  };
  win.addEventListener('scroll', placeSoon, { capture: true, passive: true, signal: ctx.signal });
  win.addEventListener('resize', placeSoon, { passive: true, signal: ctx.signal });
  // Composers close and single-page apps swap views without telling anyone: look twice a second.
  ctx.setInterval(placeSoon, 500);

  const dismissNotice = () => set({ notice: null });
  void domReady(win.document).then(() => mount(ctx, store, extra, dismissNotice));

  return {
    showBadge(state, element) {
      anchor = element;
      set({ badge: { state, position: view.badge?.position ?? null } });
      place();
    },
    hideBadge() {
      anchor = null;
      set({ badge: null });
    },
    showDialog(props) {
      set({ dialog: props, wait: null });
    },
    showPhotoWait(props) {
      set({ wait: props, dialog: null });
    },
    closeDialog() {
      set({ dialog: null, wait: null });
    },
    showNotice(text) {
      set({ notice: text });
      win.clearTimeout(noticeTimer);
      noticeTimer = win.setTimeout(dismissNotice, NOTICE_MS);
    },
  };
}

interface Store {
  subscribe: (notify: () => void) => () => void;
  get: () => View;
}

function GuardLayer({ store, dismissNotice }: { store: Store; dismissNotice: () => void }) {
  const { badge, dialog, wait, notice } = useSyncExternalStore(store.subscribe, store.get);
  return (
    <>
      {badge && <GuardBadge state={badge.state} position={badge.position} />}
      {dialog && <WarningDialog {...dialog} />}
      {wait && <PhotoWaitDialog {...wait} />}
      <PhotoNotice text={notice} onDismiss={dismissNotice} />
    </>
  );
}

async function mount(
  ctx: ContentScriptContext,
  store: Store,
  extra: ReactNode,
  dismissNotice: () => void,
): Promise<void> {
  // WXT removes a UI when the extension is updated or reloaded under an open page. Ours stays, so
  // the badge can say the guard is off and why; our listeners still stop (they use ctx.signal).
  const keepAfterInvalidation = Object.assign(Object.create(ctx) as ContentScriptContext, {
    onInvalidated: () => () => undefined,
  });
  const ui = await createShadowRootUi<Root>(keepAfterInvalidation, {
    name: UI_HOST_NAME,
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const wrapper = document.createElement('div');
      container.append(wrapper);
      const root = createRoot(wrapper);
      root.render(
        <>
          <GuardLayer store={store} dismissNotice={dismissNotice} />
          {extra}
        </>,
      );
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
}
