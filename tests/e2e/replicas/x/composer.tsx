// X's post and reply composer: a Draft.js editor (shared/notes/sites.md §0.5, §1.1, §1.2). Draft
// renders `div.public-DraftEditor-content[contenteditable]` with our `data-testid`, `aria-label` and
// role, and the placeholder as a sibling `.public-DraftEditorPlaceholder-root`. Enter inserts a new
// block; Ctrl/Cmd+Enter submits through `keyBindingFn` + `handleKeyCommand`, the page's own handlers.
import { ContentState, Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import { useState, type KeyboardEvent } from 'react';
import { recordSent } from '../shared/record';

const SUBMIT = 'replica-submit';

/** Ctrl/Cmd+Enter submits. Checked on `key`, so a synthetic KeyboardEvent (which has no keyCode) works too. */
function keyBinding(event: KeyboardEvent): string | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return SUBMIT;
  return getDefaultKeyBinding(event);
}

const plainText = (state: EditorState): string => state.getCurrentContent().getPlainText('\n');

export interface DraftComposerProps {
  surface: 'x.post' | 'x.reply';
  /** `tweetButtonInline` on the home timeline and status pages; `tweetButton` in the modal. */
  buttonTestId: 'tweetButtonInline' | 'tweetButton';
  buttonText: 'Post' | 'Reply';
  placeholder: string;
  onSent: (text: string) => void;
}

export function DraftComposer({
  surface,
  buttonTestId,
  buttonText,
  placeholder,
  onSent,
}: DraftComposerProps) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const empty = plainText(editorState).trim() === '';

  const submit = (state: EditorState): boolean => {
    const text = plainText(state);
    if (text.trim() === '') return false;
    recordSent(surface, text);
    setEditorState(EditorState.push(state, ContentState.createFromText(''), 'remove-range'));
    onSent(text);
    return true;
  };

  return (
    <div>
      <div data-testid="tweetTextarea_0RichTextInputContainer">
        <Editor
          editorState={editorState}
          onChange={setEditorState}
          placeholder={placeholder}
          ariaLabel="Post text"
          ariaMultiline
          role="textbox"
          spellCheck
          webDriverTestID="tweetTextarea_0"
          keyBindingFn={keyBinding}
          handleKeyCommand={(command, state) => {
            if (command !== SUBMIT) return 'not-handled';
            submit(state);
            return 'handled';
          }}
        />
      </div>
      <div data-testid="toolBar">
        <button
          type="button"
          data-testid={buttonTestId}
          disabled={empty}
          aria-disabled={empty}
          onClick={() => submit(editorState)}
        >
          <span>{buttonText}</span>
        </button>
      </div>
    </div>
  );
}
