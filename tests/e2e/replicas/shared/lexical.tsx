// A Lexical plain-text editor hook, as Facebook and Instagram use Lexical for their composers
// (shared/notes/sites.md §0.5 and §2.7). Each surface renders its own root element with the
// site's attributes; placeholders stay outside it, as siblings.
import { registerPlainText } from '@lexical/plain-text';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
  DROP_COMMAND,
  KEY_ESCAPE_COMMAND,
  mergeRegister,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useEffectEvent, useRef, useState, type HTMLAttributes } from 'react';

export const readText = (editor: LexicalEditor): string =>
  editor.getEditorState().read(() => $getRoot().getTextContent());

/** Empties the editor after a send, as the sites do, leaving one empty paragraph to type into. */
export function clearEditor(editor: LexicalEditor): void {
  editor.update(() => {
    const root = $getRoot();
    root.clear();
    root.append($createParagraphNode());
  });
}

export interface LexicalOptions {
  namespace: string;
  /** Enter (KEY_ENTER_COMMAND at high priority). Return true when it handled the key. */
  onEnter?: (event: KeyboardEvent | null, editor: LexicalEditor) => boolean;
  /** Escape. Return true when it handled the key. */
  onEscape?: () => boolean;
  /** Files pasted or dropped into the editor (Facebook takes photos this way, sites.md §2.6). */
  onFiles?: (files: File[]) => void;
}

/** The files a paste or drop carries, if any. */
const filesOf = (event: ClipboardEvent | DragEvent | InputEvent | KeyboardEvent | null): File[] => {
  const data =
    event && 'clipboardData' in event
      ? event.clipboardData
      : event && 'dataTransfer' in event
        ? event.dataTransfer
        : null;
  return Array.from(data?.files ?? []);
};

export function useLexicalPlainText({ namespace, onEnter, onEscape, onFiles }: LexicalOptions) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [editor] = useState(() =>
    createEditor({
      namespace,
      onError: (error) => {
        throw error;
      },
    }),
  );
  const [text, setText] = useState('');
  const enter = useEffectEvent((event: KeyboardEvent | null) => onEnter?.(event, editor) ?? false);
  const escape = useEffectEvent(() => onEscape?.() ?? false);
  const takeFiles = useEffectEvent((event: Parameters<typeof filesOf>[0]) => {
    const files = filesOf(event);
    if (files.length === 0 || !onFiles) return false;
    event?.preventDefault();
    onFiles(files);
    return true;
  });

  useEffect(() => {
    editor.setRootElement(rootRef.current);
    // Start from one empty paragraph, as Lexical's React composer does.
    editor.update(() => {
      const root = $getRoot();
      if (root.isEmpty()) root.append($createParagraphNode());
    });
    const unregister = mergeRegister(
      registerPlainText(editor),
      editor.registerUpdateListener(({ editorState }) =>
        setText(editorState.read(() => $getRoot().getTextContent())),
      ),
      editor.registerCommand(KEY_ENTER_COMMAND, (event) => enter(event), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ESCAPE_COMMAND, () => escape(), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(PASTE_COMMAND, (event) => takeFiles(event), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(DROP_COMMAND, (event) => takeFiles(event), COMMAND_PRIORITY_HIGH),
    );
    return () => {
      unregister();
      editor.setRootElement(null);
    };
  }, [editor]);

  return { rootRef, editor, text };
}

/**
 * Enter sends, Shift+Enter falls through to Lexical's line break. Enter during IME composition is
 * never a send. An empty editor swallows Enter without sending.
 */
export function enterSends(send: (text: string) => void) {
  return (event: KeyboardEvent | null, editor: LexicalEditor): boolean => {
    if (event?.shiftKey || event?.isComposing) return false;
    event?.preventDefault();
    const text = readText(editor);
    if (text.trim() !== '') send(text);
    return true;
  };
}

/** The attributes every Lexical root shares; each surface adds its own labels. */
export const lexicalRootProps: HTMLAttributes<HTMLDivElement> & { 'data-lexical-editor': 'true' } = {
  contentEditable: true,
  suppressContentEditableWarning: true,
  role: 'textbox',
  spellCheck: true,
  'data-lexical-editor': 'true',
  style: { outline: 'none', minHeight: 20, whiteSpace: 'pre-wrap' },
};
