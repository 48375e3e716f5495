// Keeping keyboard focus inside a modal that may live in a shadow root. Pure DOM helpers, no globals.

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
].join(',');

/** The elements inside `container` that Tab reaches, in document order. */
export function tabbablesIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]'),
  );
}

/**
 * The focused element as seen from `node`'s own tree: in a shadow root, `document.activeElement`
 * is only the shadow host, so ask the root the node lives in.
 */
export function activeElementFor(node: Node): Element | null {
  return (node.getRootNode() as Document | ShadowRoot).activeElement;
}

/**
 * Handles a Tab keydown on `container`: from the last tabbable element Tab wraps to the first, and
 * from the first Shift+Tab wraps to the last. Focus outside the container is pulled back in.
 */
export function trapTab(container: HTMLElement, event: { shiftKey: boolean; preventDefault(): void }) {
  const tabbables = tabbablesIn(container);
  const first = tabbables[0];
  const last = tabbables.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = activeElementFor(container);
  const inside = active !== null && container.contains(active);
  if (event.shiftKey && (!inside || active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}
