import { editingHostOf } from '../dom/editing-host.ts';
import { surfaceOf, type PageInfo } from '../sites/resolve-surface.ts';
import type { SiteAdapter } from '../sites/site.ts';

// How far up from a file input we look for its composer: the same bound the send controls use
// (resolve-surface.ts), so a photo is never given to a composer elsewhere on a busy page.
const MAX_COMPOSER_DEPTH = 12;

/**
 * Which send a photo belongs to. The rule, in order:
 * 1. pasted or dropped into one of the site's editors: that editor;
 * 2. attached through a file input: the editor in the smallest element around the input (at most
 *    12 levels up, within the input's own shadow root) that holds one of the site's guarded
 *    editors, as the X toolbar, Facebook's "Create post" dialog and X Chat's form do;
 * 3. otherwise null: the photo goes with the NEXT send on the page, from any composer. A file input
 *    far from any editor (Instagram asks for the photo before its caption box exists, and sites
 *    may render hidden inputs at the end of <body>) is almost always followed by the send it is
 *    for; if not, the cost is a photo shown in the wrong dialog, never a photo left unchecked.
 * We do not use "the composer last focused", because the person may have been writing a comment
 * before opening a new post's photo picker.
 * A photo is cleared once its send has gone through (send-guard.ts).
 */
export function ownerOf(origin: Element | null, adapter: SiteAdapter, page: PageInfo): Element | null {
  if (!origin) return null;
  const editor = editingHostOf(origin);
  if (editor && isGuarded(editor, adapter, page)) return editor;
  let scope: Element | null = origin.parentElement;
  for (let depth = 0; scope && depth < MAX_COMPOSER_DEPTH; depth += 1, scope = scope.parentElement) {
    const found = Array.from(scope.querySelectorAll('textarea, [contenteditable="true"]')).find((el) =>
      isGuarded(el, adapter, page),
    );
    if (found) return found;
  }
  return null;
}

function isGuarded(editor: Element, adapter: SiteAdapter, page: PageInfo): boolean {
  return surfaceOf(editor, adapter, page)?.enforce === true;
}
