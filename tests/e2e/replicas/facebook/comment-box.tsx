// A Facebook comment composer: Lexical, labelled "Write a comment…", Enter (without Shift) submits,
// a send arrow `div[aria-label="Comment"][role="button"]` appears inside the composer once there is
// text, and an @-mention typeahead (`[role="listbox"]`, `aria-expanded` on the editor) takes Enter
// while it is open (shared/notes/sites.md §2.2, §2.7, §5 P3).
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor } from 'lexical';
import { useId, useImperativeHandle, useState, type Ref } from 'react';
import { DivButton } from '../shared/div-button';
import { clearEditor, enterSends, lexicalRootProps, useLexicalPlainText } from '../shared/lexical';
import { recordSent } from '../shared/record';

const PEOPLE = ['Sam Taylor', 'Sarah Jones', 'Priya Shah', 'Chris Evans'];
const LABEL = 'Write a comment…';

/** The word after a trailing "@", if the draft ends in a mention being typed. */
const mentionQuery = (text: string): string | null => /(?:^|\s)@([A-Za-z]+)$/.exec(text)?.[1] ?? null;

/** Replaces the "@query" just before the caret with the chosen name. */
function insertMention(editor: LexicalEditor, query: string, name: string): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
    const { anchor } = selection;
    const node = anchor.getNode();
    if (!$isTextNode(node)) return;
    const start = Math.max(0, anchor.offset - query.length - 1);
    selection.anchor.set(node.getKey(), start, 'text');
    selection.insertText(`${name} `);
  });
}

export interface CommentBoxHandle {
  focus: () => void;
}

interface CommentBoxProps {
  onComment: (text: string) => void;
  ref?: Ref<CommentBoxHandle>;
}

export function CommentBox({ onComment, ref }: CommentBoxProps) {
  const listId = useId();
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);

  const submit = (text: string) => {
    recordSent('facebook.comment', text);
    clearEditor(editor);
    onComment(text);
  };
  const sendOnEnter = enterSends(submit);

  // The key handlers run after render, so they may use `open`, `options` and `pick` from below.
  const { rootRef, editor, text } = useLexicalPlainText({
    namespace: 'facebook-comment',
    onEnter: (event, lexical) => {
      if (event?.isComposing) return false;
      if (open && options[0]) {
        event?.preventDefault();
        pick(options[0]);
        return true;
      }
      return sendOnEnter(event, lexical);
    },
    onEscape: () => {
      if (!open) return false;
      setDismissedAt(text);
      return true;
    },
  });

  const query = mentionQuery(text);
  const options = query
    ? PEOPLE.filter((name) =>
        name.split(' ').some((part) => part.toLowerCase().startsWith(query.toLowerCase())),
      )
    : [];
  const open = options.length > 0 && dismissedAt !== text;
  const pick = (name: string) => {
    if (query !== null) insertMention(editor, query, name);
  };

  const focus = () => {
    rootRef.current?.focus();
    editor.focus();
  };
  useImperativeHandle(ref, () => ({ focus }));

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="comment-composer" style={{ position: 'relative', display: 'flex', gap: 8 }}>
      <div style={{ position: 'relative', flex: 1 }}>
        <div
          ref={rootRef}
          {...lexicalRootProps}
          aria-label={LABEL}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open ? optionId(0) : undefined}
        />
        {text === '' && (
          <div
            aria-hidden="true"
            style={{ position: 'absolute', top: 0, pointerEvents: 'none', color: '#65676b' }}
          >
            {LABEL}
          </div>
        )}
      </div>
      {open && (
        <ul role="listbox" id={listId} aria-label="Suggestions" style={{ position: 'absolute', top: '100%' }}>
          {options.map((name, index) => (
            <li
              key={name}
              id={optionId(index)}
              role="option"
              aria-selected={index === 0}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(name);
              }}
            >
              {name}
            </li>
          ))}
        </ul>
      )}
      {text.trim() !== '' && (
        <DivButton aria-label="Comment" onClick={() => sendOnEnter(null, editor)}>
          ➤
        </DivButton>
      )}
    </div>
  );
}
