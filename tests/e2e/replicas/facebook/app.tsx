// A replica of Facebook's "Create post" composer, built with the editor library Facebook itself
// uses (Lexical, plain-text mode), with the attributes our notes record for the real page
// (shared/notes/sites.md §2.1 and §2.7). It is bundled by tests/e2e/global-setup.ts and served
// under https://www.facebook.com/ by tests/e2e/fixture.ts.
import { registerPlainText } from '@lexical/plain-text';
import { $getRoot, createEditor, mergeRegister, type LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const readText = (editor: LexicalEditor): string =>
  editor.getEditorState().read(() => $getRoot().getTextContent());

function Composer({ onPost }: { onPost: (text: string) => void }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const editor = createEditor({
      namespace: 'facebook-replica-composer',
      onError: (error) => {
        throw error;
      },
    });
    editor.setRootElement(rootRef.current);
    editorRef.current = editor;
    const unregister = mergeRegister(
      registerPlainText(editor),
      editor.registerUpdateListener(() => setEmpty(readText(editor) === '')),
    );
    return () => {
      unregister();
      editor.setRootElement(null);
      editorRef.current = null;
    };
  }, []);

  const post = () => {
    const editor = editorRef.current;
    if (editor) onPost(readText(editor));
  };

  return (
    <div role="dialog" aria-label="Create post">
      <h2>Create post</h2>
      <div className="editor-shell" style={{ position: 'relative' }}>
        <div
          ref={rootRef}
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-label="What's on your mind, Sam?"
          aria-multiline="true"
          data-lexical-editor="true"
          spellCheck
          style={{ minHeight: 80, outline: 'none' }}
        />
        {empty && (
          <div aria-hidden="true" style={{ position: 'absolute', top: 0, pointerEvents: 'none' }}>
            What&apos;s on your mind, Sam?
          </div>
        )}
      </div>
      <div aria-label="Post" role="button" tabIndex={0} onClick={post}>
        Post
      </div>
    </div>
  );
}

function Feed() {
  const [open, setOpen] = useState(false);
  const [posts, setPosts] = useState<string[]>([]);

  const publish = (text: string) => {
    (window.__posted ??= []).push(text);
    setPosts((previous) => [text, ...previous]);
    setOpen(false);
  };

  return (
    <main>
      <div role="button" tabIndex={0} onClick={() => setOpen(true)}>
        What&apos;s on your mind, Sam?
      </div>
      {open && <Composer onPost={publish} />}
      <div role="feed">
        {posts.map((text, index) => (
          <article key={index}>{text}</article>
        ))}
      </div>
    </main>
  );
}

const mount = document.getElementById('mount');
if (mount) createRoot(mount).render(<Feed />);
