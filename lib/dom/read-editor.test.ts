// @vitest-environment jsdom
// readEditor on every editor in the site fixtures (shared/notes/sites.md §1.1, §2.7, §5 P5), and
// rangeOf mapping the read text back onto the page.
import { describe, expect, it } from 'vitest';
import { FACEBOOK_CASES } from '../sites/facebook/fixtures/cases.ts';
import { fx, openCase, type EditorCase } from '../sites/fixtures.test-helpers.ts';
import { ADAPTERS } from '../sites/index.ts';
import { INSTAGRAM_CASES } from '../sites/instagram/fixtures/cases.ts';
import { surfaceOf } from '../sites/resolve-surface.ts';
import { X_CASES } from '../sites/x/fixtures/cases.ts';
import { readEditor } from './read-editor.ts';

const CASES: readonly (readonly [site: 'facebook' | 'instagram' | 'x', c: EditorCase])[] = [
  ...FACEBOOK_CASES.map((c) => ['facebook', c] as const),
  ...INSTAGRAM_CASES.map((c) => ['instagram', c] as const),
  ...X_CASES.map((c) => ['x', c] as const),
];

/** Opens a case and reads its editor the way its surface says to. */
function read(site: 'facebook' | 'instagram' | 'x', c: EditorCase) {
  const { page, editor } = openCase(c);
  const kind = surfaceOf(editor, ADAPTERS[site], page)?.kind ?? 'generic';
  return readEditor(editor, kind);
}

/** The case of a fixture editor, by its data-fx marker. */
function caseOf(editor: string): readonly ['facebook' | 'instagram' | 'x', EditorCase] {
  const found = CASES.find(([, c]) => c.editor === editor);
  if (!found) throw new Error(`no case for ${editor}`);
  return found;
}

describe('readEditor', () => {
  it.each(CASES.map(([site, c]) => [c.fixture, c.editor, c.text, site, c] as const))(
    '%s: %s reads %j',
    (_fixture, _editor, text, site, c) => {
      expect(read(site, c).text).toBe(text);
    },
  );

  it("reads the textarea's live value, not its markup", () => {
    const { editor } = openCase(caseOf('comment')[1]);
    editor.textContent = 'markup only';
    (editor as HTMLTextAreaElement).value = 'typed by staff';
    expect(readEditor(editor, 'textarea').text).toBe('typed by staff');
  });

  it('reads Draft.js blocks even when called as generic', () => {
    const [, c] = caseOf('post');
    const { editor } = openCase(c);
    // Without the block walk, each Draft block is still a <div>, so the lines survive.
    expect(readEditor(editor, 'generic').text).toBe(c.text);
  });

  it("ignores Lexical's placeholder, which is a sibling of the editor", () => {
    const [site, c] = caseOf('post-editor');
    expect(read(site, c).text).not.toContain("What's on your mind");
  });
});

/** Reads a fixture editor and maps the first `piece` of its text back to a DOM range. */
function mapBack(editor: string, piece: string): Range | null {
  const [site, c] = caseOf(editor);
  const editorText = read(site, c);
  const start = editorText.text.indexOf(piece);
  if (start < 0) throw new Error(`${JSON.stringify(piece)} is not in ${JSON.stringify(editorText.text)}`);
  return editorText.rangeOf(start, start + piece.length);
}

describe('rangeOf', () => {
  // Each piece lies in text nodes, so its range holds exactly text.slice(start, end).
  it.each([
    ['post-editor', 'afternoon', 'inside one Lexical text node'],
    ['post-editor', 'all our families', 'across two Lexical spans in one paragraph'],
    ['comment-a', 'Jane Smith', 'a mention span'],
    ['comment-a', ', see you', 'after an aria-hidden span, which shifts nothing'],
    ['messenger-editor', 'Bring wellies', 'after a <br> line break'],
    ['dm', 'Yes, see you', 'across two Lexical spans (Instagram Direct)'],
    ['post', 'welcome #early', 'across two Draft.js leaves in one block'],
    ['post', 'All welcome', 'after an empty Draft.js block'],
    ['modal', 'are on the', 'across Draft.js leaves in the compose dialog'],
  ])('%s: "%s" (%s)', (editor, piece) => {
    expect(mapBack(editor, piece)?.toString()).toBe(piece);
  });

  // A Range's text is its text nodes only, so a line break between blocks or at a <br> is not in it.
  it.each([
    ['post-editor', 'park\n\nThanks', 'post-p1', 'post-p3a'],
    ['messenger-editor', 'pickup\nBring', 'messenger-line-1', 'messenger-line-2'],
    ['post', 'Saturday\n\nAll', 'post-1', 'post-3a'],
  ])('%s: %j spans the line break from %s to %s', (editor, piece, from, to) => {
    const range = mapBack(editor, piece);
    expect(range?.toString()).toBe(piece.replace(/\n/g, ''));
    expect(range?.startContainer).toBe(fx(from).firstChild);
    expect(range?.endContainer).toBe(fx(to).firstChild);
  });

  it.each([
    ['post-editor', '😀', 'an emoji image has no text node'],
    ['post-editor', '\n', 'a line break has no text node'],
  ])('%s: %j has no range (%s)', (editor, piece) => {
    expect(mapBack(editor, piece)).toBeNull();
  });

  it('has no range for an empty or reversed span', () => {
    const [site, c] = caseOf('post-editor');
    const editorText = read(site, c);
    expect(editorText.rangeOf(3, 3)).toBeNull();
    expect(editorText.rangeOf(5, 2)).toBeNull();
  });

  it.each(['comment', 'chat'])('%s: a textarea has no range', (editor) => {
    const [site, c] = caseOf(editor);
    expect(read(site, c).rangeOf(0, 4)).toBeNull();
  });
});
