// The Messenger composer: Lexical, `aria-label="Message"`, `aria-placeholder="Aa"`, inside a
// "Thread composer" container. Enter sends; the send slot shows "Send a like" while empty and
// "Press enter to send" once there is text (shared/notes/sites.md §2.3, §5 P10). Photos (§2.6): a
// hidden multiple file input behind "Photo/video", and paste or drop into Lexical.
import { useRef } from 'react';
import { DivButton } from '../shared/div-button';
import { clearEditor, enterSends, lexicalRootProps, readText, useLexicalPlainText } from '../shared/lexical';
import { recordSent } from '../shared/record';
import { Attachments, FACEBOOK_ACCEPT, FileInput, useAttachments } from '../shared/uploads';

export function MessengerComposer({ onSend }: { onSend: (text: string) => void }) {
  const attachments = useAttachments('facebook.messenger');
  const picker = useRef<HTMLInputElement>(null);
  const send = (text: string) => {
    recordSent('facebook.messenger', text);
    attachments.clear();
    clearEditor(editor);
    onSend(text);
  };
  const { rootRef, editor, text } = useLexicalPlainText({
    namespace: 'messenger',
    onEnter: enterSends(send),
    onFiles: attachments.add,
  });

  return (
    <div aria-label="Thread composer" role="group" style={{ display: 'flex', gap: 8 }}>
      <DivButton aria-label="Attach a file">+</DivButton>
      <DivButton aria-label="Photo/video" onClick={() => picker.current?.click()}>
        🖼
      </DivButton>
      <FileInput ref={picker} accept={FACEBOOK_ACCEPT} multiple onFiles={attachments.add} />
      <Attachments urls={attachments.urls} />
      <div style={{ position: 'relative', flex: 1 }}>
        <div ref={rootRef} {...lexicalRootProps} aria-label="Message" aria-placeholder="Aa" />
        {text === '' && (
          <div
            aria-hidden="true"
            style={{ position: 'absolute', top: 0, pointerEvents: 'none', color: '#65676b' }}
          >
            Aa
          </div>
        )}
      </div>
      {text.trim() === '' ? (
        <DivButton aria-label="Send a like" onClick={() => send('👍')}>
          👍
        </DivButton>
      ) : (
        <DivButton
          aria-label="Press enter to send"
          onClick={() => {
            const draft = readText(editor);
            if (draft.trim() !== '') send(draft);
          }}
        >
          ➤
        </DivButton>
      )}
    </div>
  );
}
