import { useEffect, useRef, useState } from 'react';

export interface ClearHistoryProps {
  /** How many events are listed. */
  count: number;
  /** Whether there are more events than are listed. */
  more: boolean;
  busy: boolean;
  onClear: () => void;
}

/** "Clear history", then a confirm step; onClear runs only after "Clear". */
export function ClearHistory({ count, more, busy, onClear }: ClearHistoryProps) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard focus follows the step: "Keep" (the safe choice) when asked, back to the button after.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" ref={openRef} disabled={busy || count === 0} onClick={() => setConfirming(true)}>
        Clear history
      </button>
    );
  }
  const question =
    count === 1 && !more ? 'Clear 1 event?' : `Clear all ${count}${more ? ' or more' : ''} events?`;
  return (
    <div role="group" aria-labelledby="ssg-clear-question" className="ssg-confirm">
      <p id="ssg-clear-question">{question} This cannot be undone.</p>
      <button
        type="button"
        className="ssg-danger"
        disabled={busy}
        onClick={() => {
          setConfirming(false);
          onClear();
        }}
      >
        Clear
      </button>
      <button type="button" ref={keepRef} onClick={() => setConfirming(false)}>
        Keep
      </button>
    </div>
  );
}
