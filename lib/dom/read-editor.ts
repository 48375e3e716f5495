import type { EditorKind } from '../sites/site.ts';

/** Where a stretch of the read text came from, so findings can be drawn back onto the page. */
interface Segment {
  start: number;
  end: number;
  node: Text | null;
}

export interface EditorText {
  text: string;
  /** A live DOM range for [start, end) of `text`, or null where there is none (textareas, images). */
  rangeOf(start: number, end: number): Range | null;
}

// What counts as a line of its own in rich editors: Lexical paragraphs, Draft.js blocks, and the
// block elements a generic contenteditable uses.
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

/**
 * Reads an editor's text the way the person sees it (shared/notes/sites.md §5 P5): one line per
 * block, `<br>` as a line break, emoji images as their alt text, and nothing hidden from view or
 * from screen readers. It only reads: the editor is never written to.
 */
export function readEditor(editor: HTMLElement, kind: EditorKind): EditorText {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { text: editor.value, rangeOf: () => null };
  }
  const reader = new Reader();
  if (kind === 'draft') reader.draftBlocks(editor);
  else reader.children(editor);
  const { text, segments } = reader;
  return { text, rangeOf: (start, end) => rangeFor(editor.ownerDocument, segments, start, end) };
}

class Reader {
  text = '';
  segments: Segment[] = [];
  /** A block ended: whatever comes next starts on a new line. */
  private breakPending = false;

  draftBlocks(editor: HTMLElement): void {
    const blocks = editor.querySelectorAll('[data-block="true"]');
    if (blocks.length === 0) return this.children(editor);
    blocks.forEach((block) => this.block(block));
  }

  children(parent: Node): void {
    for (const child of Array.from(parent.childNodes)) this.node(child);
  }

  private block(element: Element): void {
    this.flushBreak();
    this.children(element);
    this.breakPending = true;
  }

  private node(node: Node): void {
    if (node instanceof Text) {
      if (node.data) this.push(node.data, node);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (node.getAttribute('aria-hidden') === 'true' || node.hidden) return;
    if (node.tagName === 'BR') {
      // A lone <br> is how Lexical and Draft.js draw an empty line; it adds no extra break.
      if (!isOnlyChild(node)) this.push('\n', null);
      return;
    }
    if (node.tagName === 'IMG') {
      const alt = node.getAttribute('alt');
      if (alt) this.push(alt, null);
      return;
    }
    if (BLOCKS.has(node.tagName)) return this.block(node);
    this.children(node);
  }

  private flushBreak(): void {
    if (!this.breakPending) return;
    this.breakPending = false;
    this.push('\n', null);
  }

  private push(piece: string, node: Text | null): void {
    if (piece !== '\n') this.flushBreak();
    this.segments.push({ start: this.text.length, end: this.text.length + piece.length, node });
    this.text += piece;
  }
}

function isOnlyChild(node: Element): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  return Array.from(parent.childNodes).every(
    (child) => child === node || (child instanceof Text && !child.data),
  );
}

function rangeFor(doc: Document, segments: Segment[], start: number, end: number): Range | null {
  const from = segments.find((s) => s.node && start >= s.start && start < s.end);
  const to = segments.findLast((s) => s.node && end > s.start && end <= s.end);
  if (!from?.node || !to?.node || end <= start) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, start - from.start);
    range.setEnd(to.node, end - to.start);
  } catch {
    return null; // the editor re-rendered since we read it; the next check redraws
  }
  return range;
}
