// X's post and reply composer: a Draft.js editor (shared/notes/sites.md §0.5, §1.1, §1.2). Draft
// renders `div.public-DraftEditor-content[contenteditable]` with our `data-testid`, `aria-label` and
// role, and the placeholder as a sibling `.public-DraftEditorPlaceholder-root`. Enter inserts a new
// block; Ctrl/Cmd+Enter submits through `keyBindingFn` + `handleKeyCommand`, the page's own handlers.
// Photos (§1.3): `input[data-testid="fileInput"]` in the toolbar, and Draft's `handlePastedFiles` /
// `handleDroppedFiles`, all into the `[data-testid="attachments"]` preview.
import { ContentState, Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import { useState, type KeyboardEvent } from 'react';
import { recordSent } from '../shared/record';
import { Attachments, FileInput, useAttachments } from '../shared/uploads';

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
  const attachments = useAttachments(surface);
  const empty = plainText(editorState).trim() === '' && attachments.urls.length === 0;

  const submit = (state: EditorState): boolean => {
    const text = plainText(state);
    if (text.trim() === '' && attachments.urls.length === 0) return false;
    recordSent(surface, text);
    attachments.clear();
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
          handlePastedFiles={(files) => {
            attachments.add(files);
            return 'handled';
          }}
          handleDroppedFiles={(_selection, files) => {
            attachments.add(files);
            return 'handled';
          }}
          handleKeyCommand={(command, state) => {
            if (command !== SUBMIT) return 'not-handled';
            submit(state);
            return 'handled';
          }}
        />
      </div>
      <Attachments urls={attachments.urls} />
      <div data-testid="toolBar">
        <FileInput
          data-testid="fileInput"
          accept="image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime"
          multiple
          onFiles={attachments.add}
        />
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
