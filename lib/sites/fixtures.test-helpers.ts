// Loads the saved page fixtures (lib/sites/<site>/fixtures/*.html) into the jsdom document, so the
// adapters' selectors are tested against the pages' real structure (shared/notes/sites.md §6.5).
// Test-only: named so vitest's `lib/**/*.test.{ts,tsx}` does not pick it up as a test file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readRecipient } from './read-recipient.ts';
import { editorForControl, sendControlsOf, surfaceOf, type PageInfo } from './resolve-surface.ts';
import type { SiteAdapter } from './site.ts';

const SITES_DIR = import.meta.dirname;

/** One editor in one fixture, and everything the adapter must say about it. */
export interface EditorCase {
  /** The fixture, relative to lib/sites: "facebook/fixtures/feed-comment.html". */
  fixture: string;
  /** The editor's `data-fx` marker (searched in the document and in open shadow roots). */
  editor: string;
  /** The surface id surfaceOf must give; null when no surface of the adapter may claim it. */
  surface: string | null;
  /** The page the fixture is served at, and its <html lang>. */
  path: string;
  lang: string;
  /** `data-fx` markers of exactly the send controls sendControlsOf must find, in document order. */
  controls: readonly string[];
  /** What readRecipient must return: the name, or null where the page shows none. */
  recipient: string | null;
  /** Text typed into a textarea: it lives in .value, which markup cannot hold. */
  typed?: string;
  /** What readEditor must return. */
  text: string;
}

/** The fixture file's text. */
export function fixtureHtml(name: string): string {
  return readFileSync(join(SITES_DIR, name), 'utf8');
}

/** Every fixture file of a site, relative to lib/sites, for checking that each one is used. */
export function fixtureFiles(site: string): string[] {
  return readdirSync(join(SITES_DIR, site, 'fixtures'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${site}/fixtures/${file}`);
}

/**
 * Replaces the jsdom document with the fixture (keeping its <html lang>), moves the page to the
 * path named on the fixture's `url:` line, attaches the shadow root named on a `shadow-root:` line,
 * and returns the page as the content script sees it.
 */
export function loadFixture(name: string): PageInfo {
  const html = fixtureHtml(name);
  const url = /^\s*url: (\S+)$/m.exec(html)?.[1];
  if (!url) throw new Error(`${name} has no "url:" line in its header comment`);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  window.history.replaceState(null, '', new URL(url).pathname);
  const shadow = /^\s*shadow-root: (\S+) in (.+)$/m.exec(html);
  if (shadow?.[1] && shadow[2]) {
    attachShadowFixture(shadow[2], join(dirname(name), shadow[1]));
  }
  return { path: window.location.pathname, lang: document.documentElement.lang };
}

/**
 * jsdom cannot parse declarative shadow roots (`<template shadowrootmode="open">`), so a shadow
 * root's content is kept in its own fixture file and attached here, as the page's script would.
 */
export function attachShadowFixture(hostSelector: string, name: string): ShadowRoot {
  const host = document.querySelector(hostSelector);
  if (!host) throw new Error(`no shadow host ${hostSelector}`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = fixtureHtml(name);
  return root;
}

/** The document and every open shadow root in it. */
export function allRoots(): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i += 1) {
    for (const el of Array.from(roots[i]?.querySelectorAll('*') ?? [])) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  return roots;
}

/** Every element matching `css` in the document and its open shadow roots. */
export function queryAll(css: string): Element[] {
  return allRoots().flatMap((root) => Array.from(root.querySelectorAll(css)));
}

/** The element marked `data-fx="<name>"`; throws when the fixture has none or several. */
export function fx(name: string): HTMLElement {
  const found = queryAll(`[data-fx="${name}"]`);
  if (found.length !== 1 || !(found[0] instanceof HTMLElement)) {
    throw new Error(`expected one [data-fx="${name}"], found ${found.length}`);
  }
  return found[0];
}

/** The `data-fx` marker of an element, for readable assertions. */
export const marker = (el: Element | null | undefined): string | null =>
  el ? (el.getAttribute('data-fx') ?? `<${el.tagName.toLowerCase()} unmarked>`) : null;

/**
 * jsdom has no layout, so getClientRects() is always empty and every element looks hidden. This
 * makes one element report a box, as a rendered, visible one would.
 */
export function showAsRendered(el: Element): void {
  const rect = { x: 0, y: 0, width: 200, height: 120, top: 0, left: 0, right: 200, bottom: 120 };
  const list = Object.assign([rect], { item: (i: number) => (i === 0 ? rect : null) });
  vi.spyOn(el, 'getClientRects').mockReturnValue(list as unknown as DOMRectList);
}

/**
 * jsdom does not implement HTMLElement.isContentEditable (browsers do), which editingHostOf relies
 * on. This installs the standard definition: the nearest contenteditable attribute decides, "false"
 * turns editing off, and an invalid value inherits.
 */
export function installIsContentEditable(): void {
  if ('isContentEditable' in HTMLElement.prototype) return;
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
    configurable: true,
    get(this: HTMLElement): boolean {
      for (
        let el = this.closest('[contenteditable]');
        el;
        el = el.parentElement?.closest('[contenteditable]') ?? null
      ) {
        const value = el.getAttribute('contenteditable')?.toLowerCase();
        if (value === 'false') return false;
        if (value === '' || value === 'true' || value === 'plaintext-only') return true;
      }
      return false;
    },
  });
}

/** Loads a case's fixture, types its `typed` text into a textarea, and returns the page and editor. */
export function openCase(c: EditorCase): { page: PageInfo; editor: HTMLElement } {
  const page = loadFixture(c.fixture);
  const editor = fx(c.editor);
  if (c.typed !== undefined && editor instanceof HTMLTextAreaElement) editor.value = c.typed;
  return { page, editor };
}

const EDITABLE = 'textarea, input, [contenteditable]';
const CLICKABLE = '[role="button"], button, a, [role="link"], [role="option"]';

/**
 * The contract every adapter keeps on its fixtures: each listed editor resolves to its surface on
 * the fixture's path and language, sends through exactly the listed controls, and reads the listed
 * recipient; and on each fixture page no other editor resolves to an enforced surface and no other
 * control maps back to an editor, whichever editor was last in use.
 */
export function describeAdapterContract(adapter: SiteAdapter, cases: readonly EditorCase[]): void {
  describe(`${adapter.platform} adapter on its fixtures`, () => {
    it.each(cases)('$fixture: $editor is $surface on $path ($lang)', (c) => {
      const { page, editor } = openCase(c);
      expect(page).toEqual({ path: c.path, lang: c.lang });
      expect(surfaceOf(editor, adapter, page)?.id ?? null).toBe(c.surface);
    });

    it.each(cases)('$fixture: $editor sends only through $controls', (c) => {
      const { page, editor } = openCase(c);
      const surface = surfaceOf(editor, adapter, page);
      const controls = surface ? sendControlsOf(editor, surface, page.lang) : [];
      expect(controls.map(marker)).toEqual(c.controls);
      for (const control of controls) {
        expect(marker(editorForControl(control, adapter, page, null)?.editor)).toBe(c.editor);
        expect(marker(editorForControl(control, adapter, page, editor)?.editor)).toBe(c.editor);
      }
    });

    it.each(cases)('$fixture: $editor is written to $recipient', (c) => {
      const { page, editor } = openCase(c);
      const surface = surfaceOf(editor, adapter, page);
      expect(surface ? readRecipient(editor, surface, page.lang) : null).toBe(c.recipient);
    });

    const fixtures = [...new Set(cases.map((c) => c.fixture))];
    it.each(fixtures)('%s: nothing else resolves to an enforced surface or send control', (fixture) => {
      const page = loadFixture(fixture);
      const listed = cases.filter((c) => c.fixture === fixture);
      const enforced = queryAll(EDITABLE).flatMap((el) => {
        const surface = surfaceOf(el, adapter, page);
        return surface?.enforce ? [`${marker(el)} is ${surface.id}`] : [];
      });
      expect(enforced.sort()).toEqual(
        listed
          .filter((c) => c.surface && !c.surface.endsWith('.other'))
          .map((c) => `${c.editor} is ${c.surface}`)
          .sort(),
      );
      const expected = listed
        .flatMap((c) => c.controls.map((control) => `${control} sends ${c.editor}`))
        .sort();
      for (const active of [null, ...queryAll(EDITABLE)]) {
        const sends = queryAll(CLICKABLE).flatMap((control) => {
          const found = editorForControl(control, adapter, page, active);
          return found ? [`${marker(control)} sends ${marker(found.editor)}`] : [];
        });
        expect(sends.sort(), `last used: ${marker(active)}`).toEqual(expected);
      }
    });
  });
}
