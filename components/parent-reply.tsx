import { useId, useState } from 'react';
import './parent-reply.css';

export interface ParentReplyProps {
  /** A ready reply that points the parent to the setting's official channels. */
  reply: string;
  /** Copies the reply to the clipboard; resolves false when it could not. */
  onCopyReply: (reply: string) => Promise<boolean>;
}

const COPIED = 'Copied. Paste it into the message yourself if you want to send it.';
const NOT_COPIED = 'Could not copy. Select the text and copy it yourself.';

/**
 * For a private message to a parent: why not to send it, and a reply to copy. The reply is only
 * ever copied, never typed into the page's composer.
 */
export function ParentReply({ reply, onCopyReply }: ParentReplyProps) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const titleId = useId();
  const fieldId = useId();

  const copy = async () => {
    let ok = false;
    try {
      ok = await onCopyReply(reply);
    } catch {
      ok = false;
    }
    setCopied(ok);
  };

  return (
    <section className="ssg-parent-reply" aria-labelledby={titleId}>
      <h3 id={titleId} className="ssg-parent-reply-title">
        Messages to parents
      </h3>
      <p className="ssg-parent-reply-why">
        Staff must not send private messages to parents or family members. Point them to the setting&apos;s
        official channels instead.
      </p>
      <label htmlFor={fieldId} className="ssg-parent-reply-label">
        A reply you can use
      </label>
      <textarea
        id={fieldId}
        className="ssg-textbox"
        readOnly
        rows={4}
        value={reply}
        dir="auto"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="ssg-parent-reply-actions">
        <button type="button" className="ssg-button" onClick={() => void copy()}>
          Copy reply
        </button>
        <p role="status" className="ssg-copy-status" data-copied={copied ?? undefined}>
          {copied === null ? '' : copied ? COPIED : NOT_COPIED}
        </p>
      </div>
    </section>
  );
}
