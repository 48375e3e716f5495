// Instagram's "Create new post" dialog, opened from `svg[aria-label="New post"]`: a Lexical caption
// editor labelled "Write a caption..." and a `div[role="button"]` "Share" with no aria-label
// (shared/notes/sites.md §3.1). The replica skips the crop and edit steps: the caption is on the
// first screen.
import { useState } from 'react';
import { DivButton } from '../shared/div-button';
import { clearEditor, lexicalRootProps, readText, useLexicalPlainText } from '../shared/lexical';
import { recordSent } from '../shared/record';
import { recordUploads } from '../shared/uploads';

const LABEL = 'Write a caption...';

export function CreatePostDialog({
  onShare,
  onClose,
}: {
  onShare: (caption: string) => void;
  onClose: () => void;
}) {
  const { rootRef, editor, text } = useLexicalPlainText({ namespace: 'instagram-caption' });
  const [shared, setShared] = useState(false);

  const share = () => {
    const caption = readText(editor);
    recordSent('instagram.caption', caption);
    clearEditor(editor);
    setShared(true);
    onShare(caption);
  };

  return (
    <div role="dialog" aria-labelledby="create-post-title">
      <h1 id="create-post-title">{shared ? 'Post shared' : 'Create new post'}</h1>
      <DivButton aria-label="Close" onClick={onClose}>
        ×
      </DivButton>
      <div hidden={shared}>
        <input
          type="file"
          accept="image/avif,image/jpeg,image/png,image/heic,video/mp4"
          multiple
          hidden
          onChange={(event) => {
            // Instagram takes the photo first, then the caption: the upload starts at once.
            recordUploads('instagram.caption', Array.from(event.currentTarget.files ?? []));
            event.currentTarget.value = '';
          }}
        />
        <div style={{ position: 'relative' }}>
          <div
            ref={rootRef}
            {...lexicalRootProps}
            aria-label={LABEL}
            style={{ minHeight: 60, outline: 'none' }}
          />
          {text === '' && (
            <div
              aria-hidden="true"
              style={{ position: 'absolute', top: 0, pointerEvents: 'none', color: '#737373' }}
            >
              {LABEL}
            </div>
          )}
        </div>
        <DivButton onClick={share}>Share</DivButton>
      </div>
      {shared && <span>Your post has been shared.</span>}
    </div>
  );
}
