// Facebook's "Create post" dialog: a Lexical plain-text editor labelled with its placeholder and a
// `div[aria-label="Post"][role="button"]` scoped to the dialog (shared/notes/sites.md §2.1, §2.7).
// Photos (§2.6): a hidden multiple file input behind "Photo/video", and paste or drop into Lexical.
import { useRef } from 'react';
import { DivButton } from '../shared/div-button';
import { clearEditor, lexicalRootProps, readText, useLexicalPlainText } from '../shared/lexical';
import { recordSent } from '../shared/record';
import { Attachments, FACEBOOK_ACCEPT, FileInput, useAttachments } from '../shared/uploads';

const PROMPT = "What's on your mind, Sam?";

export function PostComposer({ onPost, onClose }: { onPost: (text: string) => void; onClose: () => void }) {
  const attachments = useAttachments('facebook.post');
  const picker = useRef<HTMLInputElement>(null);
  const { rootRef, editor, text } = useLexicalPlainText({
    namespace: 'facebook-post',
    onFiles: attachments.add,
  });

  const post = () => {
    const draft = readText(editor);
    if (draft.trim() === '' && attachments.urls.length === 0) return;
    recordSent('facebook.post', draft);
    (window.__posted ??= []).push(draft);
    attachments.clear();
    clearEditor(editor);
    onPost(draft);
  };

  return (
    <div role="dialog" aria-label="Create post">
      <h2>Create post</h2>
      <DivButton aria-label="Close" onClick={onClose}>
        ×
      </DivButton>
      <div className="editor-shell" style={{ position: 'relative' }}>
        <div
          ref={rootRef}
          {...lexicalRootProps}
          aria-label={PROMPT}
          aria-multiline="true"
          style={{ minHeight: 80, outline: 'none' }}
        />
        {text === '' && (
          <div aria-hidden="true" style={{ position: 'absolute', top: 0, pointerEvents: 'none' }}>
            {PROMPT}
          </div>
        )}
      </div>
      <Attachments urls={attachments.urls} />
      <DivButton aria-label="Photo/video" onClick={() => picker.current?.click()}>
        Photo/video
      </DivButton>
      <FileInput ref={picker} accept={FACEBOOK_ACCEPT} multiple onFiles={attachments.add} />
      <DivButton aria-label="Post" onClick={post}>
        Post
      </DivButton>
    </div>
  );
}
