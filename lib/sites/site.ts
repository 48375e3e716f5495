import type { Platform, SurfaceKind } from '../pack/ids.ts';
import type { LabelKey } from './labels.ts';

export type { Platform, SurfaceKind };

/** How an editor keeps its text, which decides how we read it (lib/dom/read-editor.ts). */
export type EditorKind = 'lexical' | 'draft' | 'textarea' | 'generic';

/** Keys that send on a surface. "Mod+Enter" is Ctrl+Enter, or Cmd+Enter on a Mac. */
export type SendKey = 'Enter' | 'Mod+Enter';

/**
 * An element found by CSS and, where the only anchor is a visible word, narrowed to the localised
 * words for it (lib/sites/labels.ts), read from its aria-label or its text.
 */
export interface ControlSelector {
  css: string;
  label?: { key: LabelKey; from: 'aria-label' | 'text' };
}

/** One place the recipient's name may be read from, tried in order. */
export interface RecipientSource {
  /** Searched in the editor's own root (the document, or X Chat's shadow root). */
  css: string;
  from: 'text' | 'aria-label' | 'handle';
  /**
   * The value must start with one of these localised prefixes ("Messages in conversation with "),
   * and the name is what follows.
   */
  prefixes?: readonly LabelKey[];
}

/** A place where staff write: a post composer, a comment box, a message box. */
export interface SurfaceDef {
  /** Stable id used in the history, e.g. "facebook.post". */
  id: string;
  surface: SurfaceKind;
  /** What staff call it, in the dialog and the popup: "Facebook post". */
  name: string;
  /** The word on the site's send control, for the dialog's buttons: "Post", "Send". */
  verb: string;
  kind: EditorKind;
  /** The editable element itself matches this. */
  editor: string;
  /** ...and sits inside an element matching this (same shadow root). */
  within?: string;
  /** ...and not inside one matching this. */
  notWithin?: string;
  /** ...and the page path matches this. */
  path?: RegExp;
  /** ...and its aria-label is one of these words (for surfaces only a label tells apart). */
  editorLabel?: LabelKey;
  /** Keys that send from inside the editor. */
  keys: readonly SendKey[];
  /**
   * The composer never reaches an element matching this: for comments, the post they answer, whose
   * own "Comment" action only focuses the box.
   */
  stopAt?: string;
  /** Controls that send. They count only inside the editor's own composer (the nearest ancestor holding one). */
  submit: readonly ControlSelector[];
  recipient?: readonly RecipientSource[];
  /** False for the generic fallback: it warns in the badge and never stops a send. */
  enforce: boolean;
}

/** Facebook's friend-request cards: a Confirm button next to a Delete button and the requester's link. */
export interface FriendRequestDef {
  confirm: ControlSelector;
  /** Must also be inside the card, so "Confirm" in unfriend or leave-group dialogs is left alone. */
  sibling: ControlSelector;
  /** The requester's profile link; its aria-label (or text) is their name. */
  profile: string;
}

export interface SiteAdapter {
  platform: Platform;
  /** Hosts of open shadow roots the site renders composers into (X Chat). */
  shadowHosts: readonly string[];
  /** Tried in order; the first that matches an editor wins. */
  surfaces: readonly SurfaceDef[];
  friendRequest?: FriendRequestDef;
}
