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
  KEY_ESCAPE_COMMAND,
  mergeRegister,
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
}

export function useLexicalPlainText({ namespace, onEnter, onEscape }: LexicalOptions) {
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
