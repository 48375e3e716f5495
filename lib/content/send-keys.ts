import type { SendKey } from '../sites/site.ts';

/**
 * Whether a keydown sends on a surface with these keys. Shift+Enter is a new line everywhere, and a
 * key that confirms an IME composition (isComposing, or keyCode 229) is never a send (sites.md P3).
 */
export function isSendKey(event: KeyboardEvent, keys: readonly SendKey[]): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  if (event.isComposing || event.keyCode === 229) return false;
  const mod = event.ctrlKey || event.metaKey;
  return keys.some((key) => (key === 'Enter' ? !mod : mod));
}

/**
 * Whether a mention typeahead or emoji picker is open on the editor: then Enter picks a suggestion
 * instead of sending (sites.md §2.2). Only pickers tied to this editor count: Lexical's and
 * Draft.js's menus set aria-expanded, aria-activedescendant or aria-controls on the editor. A list
 * merely near the editor (X Chat's conversation list is a listbox) says nothing.
 */
export function pickerOpen(editor: Element): boolean {
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  if (editor.getAttribute('aria-activedescendant')) return true;
  const root = editor.getRootNode() as Document | ShadowRoot;
  const ids = (editor.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
  return ids.some((id) => {
    const list = root.getElementById(id);
    return list !== null && list.getClientRects().length > 0;
  });
}
