// Two surfaces the guard does not know, for the specs of its edges:
// - a Page's post composer whose Post button, unlike the main one, ignores untrusted clicks (some
//   sites check event.isTrusted; shared/notes/sites.md §5 P4), so a replayed send is ignored;
// - a plain review box, which only the generic fallback covers: it warns, never blocks.
import { useState } from 'react';
import { clearEditor, lexicalRootProps, readText, useLexicalPlainText } from '../shared/lexical';
import { recordSent } from '../shared/record';

export function TrustedOnlyComposer() {
  const { rootRef, editor } = useLexicalPlainText({ namespace: 'facebook-page-post' });
  const post = (trusted: boolean) => {
    const draft = readText(editor);
    if (!trusted || draft.trim() === '') return;
    recordSent('facebook.page-post', draft);
    clearEditor(editor);
  };
  return (
    <div role="main">
      <div role="dialog" aria-label="Create post">
        <h2>Create post for Riverside Walkers</h2>
        <div ref={rootRef} {...lexicalRootProps} aria-label="Write something..." style={{ minHeight: 60 }} />
        <div
          role="button"
          tabIndex={0}
          aria-label="Post"
          onClick={(event) => post(event.nativeEvent.isTrusted)}
        >
          Post
        </div>
      </div>
    </div>
  );
}

export function ReviewBox() {
  const [text, setText] = useState('');
  return (
    <section aria-label="Recommend a place">
      <textarea
        aria-label="Write a recommendation"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button
        type="button"
        onClick={() => {
          recordSent('facebook.review', text);
          setText('');
        }}
      >
        Recommend
      </button>
    </section>
  );
}
