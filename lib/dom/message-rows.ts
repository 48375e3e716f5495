import type { Platform } from '../pack/ids.ts';
import { readEditor } from './read-editor.ts';

// "Report this message": finding a received message (or a comment) on the page and reading what a
// safeguarding record needs from it: the exact words, who sent it, and the time the page shows.
// Each site's rows are described as data (lib/sites/<site>/messages.ts, proven by the fixtures in
// lib/sites/<site>/fixtures/messages/); this file is the one reader that applies them. It only reads:
// nothing is written into the site's DOM, and nothing but the row's own words is read, never a
// composer's draft or any other page content.

/** Where a short piece of text (a name or a time) is read from, tried in order. */
export interface TextSource {
  css: string;
  /** Searched inside the row (the default), or in the thread's document or shadow root (a header). */
  in?: 'row' | 'root';
  from?: 'text' | 'aria-label';
  /** The value must match this; when it has a capture group, the first group is the value. */
  match?: RegExp;
}

/**
 * A profile link. It counts only when its text names the sender, so a group's header link (which
 * names the group) or an avatar without a name is never taken for the sender's profile.
 */
export interface ProfileSource {
  css: string;
  in?: 'row' | 'root';
}

/** The accessible label some sites put on each message, parsed with named groups. */
export interface RowLabel {
  /** Groups: `sender`, and optionally `time` and `words`. */
  pattern: RegExp;
  /** Sender names that mean the person themself ("You"): their own messages get no control. */
  self?: readonly string[];
}

/** How to find the rows of a group. */
export type RowFinder =
  /** Every element matching the selector inside the group. */
  | { css: string }
  /**
   * Instagram Direct (sites.md §3.4): the group's first scrollable element, then its descendant with
   * the most children holds one element per message; a message row holds a `unit`.
   */
  | { mostChildren: true; unit: string };

/** How a site shows the time: read from the row, or from the nearest date separator above it. */
export type TimeSource = TextSource | { separator: true };

export interface MessageRowsDef {
  /** e.g. "facebook.messenger", "facebook.comment". */
  id: string;
  platform: Platform;
  kind: 'message' | 'comment';
  /** The page path must match (message threads live at known routes). */
  path?: RegExp;
  /** ...and must not match (Instagram's comments are not in Direct). */
  notPath?: RegExp;
  /** Open shadow roots the thread may render in (X Chat), searched as well as the document. */
  shadowHosts?: readonly string[];
  /** The conversation (the message list) or the post holding the comments. */
  group: string;
  rows: RowFinder;
  /** The element whose right edge the mouse control sits at: closest() of the row. Default: the row. */
  box?: string;
  label?: RowLabel;
  /** Where the exact words are, inside the row; the outermost matches are read and joined by lines. */
  words: readonly string[];
  /** Words inside these (a name link, a time) are not part of the message. */
  wordsNotWithin?: string;
  sender: readonly TextSource[];
  profile: readonly ProfileSource[];
  time: readonly TimeSource[];
  /** The person's own message: the row matches `css`, or some element in it is aligned to the end. */
  mine?: { css?: string; flexEnd?: boolean };
  /**
   * Where the keyboard button goes: after the group (or after `closest` of it) for a thread, after the
   * last row for a post's comments.
   */
  keyboard: { after: 'group' | 'last-row'; closest?: string };
  /** A link to the post itself, inside the group: the comment's address when the page has one. */
  permalink?: string;
}

/** What a row says. Empty strings where the page does not show something. */
export interface ReadMessage {
  words: string;
  senderName: string;
  senderProfile: string;
  shownTime: string;
  mine: boolean;
}

export interface FoundRow {
  def: MessageRowsDef;
  group: Element;
  row: Element;
}

type Root = Document | ShadowRoot;

// Zero-width and bidi marks are invisible and break comparisons (sites.md §5 P5).
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const clean = (text: string | null | undefined): string => (text ?? '').replace(INVISIBLE, '').trim();

/** Whether the def applies on a page path. */
export function appliesAt(def: MessageRowsDef, path: string): boolean {
  return (!def.path || def.path.test(path)) && !def.notPath?.test(path);
}

/** The document and the open shadow roots of the def's hosts, where its groups may be. */
export function rootsOf(def: MessageRowsDef, doc: Document): Root[] {
  const roots: Root[] = [doc];
  for (const css of def.shadowHosts ?? []) {
    for (const host of Array.from(doc.querySelectorAll(css))) {
      if (host.shadowRoot) roots.push(host.shadowRoot);
    }
  }
  return roots;
}

/** The message threads (or posts) on the page that hold at least one row. */
export function findGroups(def: MessageRowsDef, doc: Document, path: string): Element[] {
  if (!appliesAt(def, path)) return [];
  return rootsOf(def, doc).flatMap((root) =>
    Array.from(root.querySelectorAll(def.group)).filter((group) => rowsOf(def, group).length > 0),
  );
}

/** The rows of a group, in page order. */
export function rowsOf(def: MessageRowsDef, group: Element): Element[] {
  if ('css' in def.rows) {
    const css = def.rows.css;
    // A row inside a row (a reply under a comment) belongs to the inner group only when the group
    // is the same: keep every match whose nearest group is this one.
    return Array.from(group.querySelectorAll(css)).filter((row) => groupOf(def, row) === group);
  }
  const list = listOf(group);
  const unit = def.rows.unit;
  return list ? Array.from(list.children).filter((child) => child.querySelector(unit) !== null) : [];
}

/** The row `target` is in (the target itself included), with its group; null when it is in none. */
export function rowAt(def: MessageRowsDef, target: Element, path: string): FoundRow | null {
  if (!appliesAt(def, path)) return null;
  if ('css' in def.rows) {
    let row = target.closest(def.rows.css);
    // Anywhere in the row's box counts (the empty space beside a bubble), not just the bubble.
    if (!row && def.box) {
      const box = target.closest(def.box);
      const inside = box ? Array.from(box.querySelectorAll(def.rows.css)) : [];
      row = inside.length === 1 ? (inside[0] ?? null) : null;
    }
    const group = row ? groupOf(def, row) : null;
    return row && group ? { def, group, row } : null;
  }
  const group = target.closest(def.group);
  const list = group ? listOf(group) : null;
  if (!group || !list) return null;
  for (let el: Element | null = target; el && el !== list; el = el.parentElement) {
    if (el.parentElement === list) {
      return el.querySelector(def.rows.unit) ? { def, group, row: el } : null;
    }
  }
  return null;
}

/** The first def whose row holds `target`. */
export function findRowAt(defs: readonly MessageRowsDef[], target: Element, path: string): FoundRow | null {
  for (const def of defs) {
    const found = rowAt(def, target, path);
    if (found) return found;
  }
  return null;
}

/** Reads a row: its words, sender, profile link, shown time, and whether the person sent it. */
export function readRow({ def, group, row }: FoundRow, baseUrl: string): ReadMessage {
  const labelled = readLabel(def, row);
  const senderName = labelled?.sender ?? firstText(def.sender, row);
  const self = def.label?.self ?? [];
  const mine = (labelled !== null && self.includes(labelled.sender)) || isMine(def, row);
  const words = labelled?.words || readWords(def, row);
  const shownTime = labelled?.time || readTime(def, group, row);
  const senderProfile = mine ? '' : readProfile(def, row, senderName, baseUrl);
  return { words, senderName: mine ? '' : senderName, senderProfile, shownTime, mine };
}

/** The group's rows that the person received (not their own), in page order, with what they say. */
export function receivedIn(
  def: MessageRowsDef,
  group: Element,
  baseUrl: string,
): { row: Element; message: ReadMessage }[] {
  return rowsOf(def, group)
    .map((row) => ({ row, message: readRow({ def, group, row }, baseUrl) }))
    .filter(({ message }) => !message.mine);
}

/**
 * The address of a comment's post, if the post links to itself; otherwise the page's address. The
 * fragment is dropped (it is scroll state, not a place).
 */
export function addressOf({ def, group }: FoundRow, pageUrl: string): string {
  const link = def.permalink ? group.querySelector(def.permalink) : null;
  const href = link?.getAttribute('href');
  const url = new URL(href ? absolute(href, pageUrl) || pageUrl : pageUrl);
  url.hash = '';
  return url.href;
}

/** The element the keyboard button goes after, for a group. */
export function keyboardAnchor(def: MessageRowsDef, group: Element): Element | null {
  if (def.keyboard.after === 'last-row') return rowsOf(def, group).at(-1) ?? null;
  return def.keyboard.closest ? (group.closest(def.keyboard.closest) ?? group) : group;
}

// --- reading ---------------------------------------------------------------------------------

function groupOf(def: MessageRowsDef, row: Element): Element | null {
  // The nearest group that is not the row itself (a comment is an article inside the post's article).
  return row.parentElement?.closest(def.group) ?? null;
}

function readLabel(
  def: MessageRowsDef,
  row: Element,
): { sender: string; time: string; words: string } | null {
  if (!def.label) return null;
  const found = def.label.pattern.exec(clean(row.getAttribute('aria-label')));
  const sender = clean(found?.groups?.sender);
  if (!found || !sender) return null;
  return { sender, time: clean(found.groups?.time), words: found.groups?.words?.trim() ?? '' };
}

function isMine(def: MessageRowsDef, row: Element): boolean {
  if (!def.mine) return false;
  if (def.mine.css && row.matches(def.mine.css)) return true;
  if (!def.mine.flexEnd) return false;
  const view = row.ownerDocument.defaultView;
  if (!view) return false;
  return [row, ...Array.from(row.querySelectorAll('*'))].some(
    (el) => view.getComputedStyle(el).justifyContent === 'flex-end',
  );
}

function readWords(def: MessageRowsDef, row: Element): string {
  const rowCss = 'css' in def.rows ? def.rows.css : null;
  for (const css of def.words) {
    const matches = Array.from(row.querySelectorAll(css)).filter(
      (el) =>
        el instanceof HTMLElement &&
        // Never a draft: a reply box inside a comment is an editor, and is left out.
        !el.closest('[contenteditable], textarea, input') &&
        !(def.wordsNotWithin && el.closest(def.wordsNotWithin)) &&
        !(rowCss && el.closest(rowCss) !== row && row.contains(el.closest(rowCss))),
    );
    const outermost = matches.filter((el) => !matches.some((other) => other !== el && other.contains(el)));
    const text = outermost
      .map((el) => clean(readEditor(el as HTMLElement, 'generic').text))
      .filter(Boolean)
      .join('\n');
    if (text) return text;
  }
  return '';
}

function valueOf(el: Element, source: TextSource): string {
  const raw = clean(source.from === 'aria-label' ? el.getAttribute('aria-label') : el.textContent);
  if (!source.match) return raw;
  const found = source.match.exec(raw);
  return clean(found ? (found[1] ?? found[0]) : '');
}

function firstText(sources: readonly TextSource[], row: Element): string {
  for (const source of sources) {
    const scope = source.in === 'root' ? (row.getRootNode() as Root) : row;
    for (const el of Array.from(scope.querySelectorAll(source.css))) {
      const value = valueOf(el, source);
      if (value) return value.slice(0, 300);
    }
  }
  return '';
}

function readTime(def: MessageRowsDef, group: Element, row: Element): string {
  for (const source of def.time) {
    const value = 'separator' in source ? separatorAbove(def, row) : firstText([source], row);
    if (value) return value.slice(0, 100);
  }
  return '';
}

// Instagram shows times as separators between runs of messages ("Thu 6:14 PM"), not per bubble: the
// nearest short line above the row that is not a message and has a digit in it.
function separatorAbove(def: MessageRowsDef, row: Element): string {
  const unit = 'unit' in def.rows ? def.rows.unit : null;
  for (let el = row.previousElementSibling; el; el = el.previousElementSibling) {
    if (unit && el.querySelector(unit)) continue;
    const text = clean(el.textContent);
    if (text.length > 0 && text.length <= 40 && /\d/.test(text)) return text;
  }
  return '';
}

function readProfile(def: MessageRowsDef, row: Element, sender: string, baseUrl: string): string {
  if (!sender) return '';
  for (const source of def.profile) {
    const scope = source.in === 'root' ? (row.getRootNode() as Root) : row;
    for (const link of Array.from(scope.querySelectorAll(source.css))) {
      const href = link.getAttribute('href');
      if (href && clean(link.textContent).includes(sender)) {
        const url = absolute(href, baseUrl);
        if (url) return url;
      }
    }
  }
  return '';
}

function absolute(href: string, baseUrl: string): string {
  try {
    const url = new URL(href, baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

/**
 * Instagram's message list: the first scrollable element in the conversation (or the conversation
 * itself), then the element under it with the most children; on a tie the outermost, so a thread
 * of one message still has its row (whose alignment tells whose it is) rather than the bubble.
 */
function listOf(group: Element): Element | null {
  const view = group.ownerDocument.defaultView;
  const all = Array.from(group.querySelectorAll('*'));
  const scroller =
    all.find((el) => {
      const overflow = view?.getComputedStyle(el).overflowY;
      return overflow === 'auto' || overflow === 'scroll';
    }) ?? group;
  let best: Element | null = null;
  for (const el of [scroller, ...Array.from(scroller.querySelectorAll('*'))]) {
    if (!best || el.children.length > best.children.length) best = el;
  }
  return best && best.children.length > 0 ? best : null;
}
