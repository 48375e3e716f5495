/**
 * The editable element an event happened in: a textarea or text input, or the outermost
 * contenteditable element (Lexical's and Draft.js's root). Works inside shadow roots, because the
 * caller passes `event.composedPath()[0]`, not the retargeted `event.target`.
 */
export function editingHostOf(node: EventTarget | null | undefined): HTMLElement | null {
  if (!node || !(node instanceof Node)) return null;
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return null;
  if (element instanceof HTMLTextAreaElement) return element;
  if (element instanceof HTMLInputElement) return isTextInput(element) ? element : null;
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return null;
  let host: HTMLElement = element;
  while (host.parentElement instanceof HTMLElement && host.parentElement.isContentEditable) {
    host = host.parentElement;
  }
  return host;
}

const TEXT_INPUTS = new Set(['text', 'search', '']);

function isTextInput(input: HTMLInputElement): boolean {
  return TEXT_INPUTS.has(input.type);
}
