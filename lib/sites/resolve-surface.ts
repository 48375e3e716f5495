import { labelsFor } from './labels.ts';
import { findControls } from './match-control.ts';
import type { SiteAdapter, SurfaceDef } from './site.ts';

/** What the page looks like to the resolvers: its path and interface language. */
export interface PageInfo {
  path: string;
  lang: string;
}

/** The surface an editable element belongs to, or undefined when it is not one of the adapter's. */
export function surfaceOf(editor: Element, adapter: SiteAdapter, page: PageInfo): SurfaceDef | undefined {
  return adapter.surfaces.find((surface) => isSurface(editor, surface, page));
}

function isSurface(editor: Element, surface: SurfaceDef, page: PageInfo): boolean {
  if (!editor.matches(surface.editor)) return false;
  if (surface.path && !surface.path.test(page.path)) return false;
  if (surface.within && !editor.closest(surface.within)) return false;
  if (surface.notWithin && editor.closest(surface.notWithin)) return false;
  if (surface.editorLabel) {
    const label = editor.getAttribute('aria-label')?.trim() ?? '';
    if (!labelsFor(surface.editorLabel, page.lang).includes(label)) return false;
  }
  return true;
}

// How far up from an editor its own send control may be. Composers nest a few wrappers deep; the
// limit keeps us from reaching a different composer's button on pages full of them.
const MAX_COMPOSER_DEPTH = 12;

/**
 * The editor's composer: its nearest ancestor that holds one of the surface's send controls. Only
 * controls in there count as sending this editor, so "Comment" under a post (which only focuses the
 * box) and "Post" elsewhere on the page are left alone (sites.md §5 P10).
 */
export function composerOf(editor: Element, surface: SurfaceDef, lang: string): Element | null {
  if (surface.submit.length === 0) return null;
  let el: Element | null = editor.parentElement;
  for (let depth = 0; el && depth < MAX_COMPOSER_DEPTH; depth += 1, el = el.parentElement) {
    if (surface.stopAt && el.matches(surface.stopAt)) return null;
    if (findControls(el, surface.submit, lang).length > 0) return el;
  }
  return null;
}

/** The send controls of an editor's composer, re-resolved each time (X Chat's appears with text). */
export function sendControlsOf(editor: Element, surface: SurfaceDef, lang: string): Element[] {
  const composer = composerOf(editor, surface, lang);
  return composer ? findControls(composer, surface.submit, lang) : [];
}

/**
 * The editor a send control belongs to: the editor whose own composer holds the control. Tries the
 * editor the person is using first, then looks upwards from the control.
 */
export function editorForControl(
  control: Element,
  adapter: SiteAdapter,
  page: PageInfo,
  active: Element | null,
): { editor: Element; surface: SurfaceDef } | undefined {
  const candidates = active ? [active] : [];
  let el: Element | null = control.parentElement;
  for (let depth = 0; el && depth < MAX_COMPOSER_DEPTH; depth += 1, el = el.parentElement) {
    candidates.push(...Array.from(el.querySelectorAll('textarea, [contenteditable="true"]')));
  }
  for (const editor of candidates) {
    const surface = surfaceOf(editor, adapter, page);
    if (surface?.enforce && sendControlsOf(editor, surface, page.lang).includes(control)) {
      return { editor, surface };
    }
  }
  return undefined;
}
