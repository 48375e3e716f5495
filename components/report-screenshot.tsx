import { useEffect, useId, useRef, useState } from 'react';

export interface ReportScreenshotProps {
  /** The attached screenshot (a PNG data URL), or null. Only ever set after the person confirms it. */
  attached: string | null;
  onAttach: (dataUrl: string | null) => void;
  /** Takes a screenshot of the visible tab; rejects with a reason fit to show. */
  onCapture: () => Promise<string>;
  /** The browser lets us take one only when the report was started from the right-click menu. */
  startedFromMenu: boolean;
}

type Shot =
  | { step: 'none' }
  | { step: 'taking' }
  | { step: 'preview'; dataUrl: string }
  | { step: 'failed'; reason: string };

export const MENU_ONLY =
  'A screenshot can only be taken when you start the report from the right-click menu: select the words, right-click, and choose "Report to safeguarding lead".';

/** "the browser refused" → "The browser refused." */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/**
 * The optional screenshot: taken on request, shown to the person, and attached only when they
 * confirm it ("Attach this screenshot"). They can remove it again before saving.
 */
export function ReportScreenshot({ attached, onAttach, onCapture, startedFromMenu }: ReportScreenshotProps) {
  const [shot, setShot] = useState<Shot>({ step: 'none' });
  const titleId = useId();
  const next = useRef<HTMLElement | null>(null);
  // After each step, focus moves to what comes next (the confirm button, the reason, the take button).
  const [focusStep, setFocusStep] = useState(0);
  useEffect(() => {
    if (focusStep > 0) next.current?.focus();
  }, [focusStep]);
  const moveFocus = () => setFocusStep((n) => n + 1);

  const take = async () => {
    setShot({ step: 'taking' });
    try {
      const dataUrl = await onCapture();
      setShot({ step: 'preview', dataUrl });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setShot({ step: 'failed', reason });
    }
    moveFocus();
  };
  const decide = (dataUrl: string | null) => {
    onAttach(dataUrl);
    setShot({ step: 'none' });
    moveFocus();
  };
  const remove = () => {
    onAttach(null);
    moveFocus();
  };

  return (
    <section className="ssg-report-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="ssg-report-heading">
        Screenshot (optional)
      </h3>
      {attached !== null ? (
        <>
          <img className="ssg-report-shot" src={attached} alt="The screenshot attached to this report" />
          <p role="status" className="ssg-hint">
            Screenshot attached.
          </p>
          <div className="ssg-buttons">
            <button
              type="button"
              className="ssg-button"
              ref={(el) => void (next.current = el)}
              onClick={remove}
            >
              Remove the screenshot
            </button>
          </div>
        </>
      ) : shot.step === 'preview' ? (
        <>
          <img
            className="ssg-report-shot"
            src={shot.dataUrl}
            alt="Screenshot of this tab, not attached yet"
          />
          <p className="ssg-hint">
            Check it shows nothing you do not want to send, such as a draft or other people&apos;s messages.
            It is attached only if you choose to.
          </p>
          <div className="ssg-buttons">
            <button
              type="button"
              className="ssg-button ssg-button-primary"
              ref={(el) => void (next.current = el)}
              onClick={() => decide(shot.dataUrl)}
            >
              Attach this screenshot
            </button>
            <button type="button" className="ssg-button" onClick={() => decide(null)}>
              Don&apos;t attach
            </button>
          </div>
        </>
      ) : (
        <>
          {shot.step === 'failed' ? (
            <p className="ssg-alert" role="alert" tabIndex={-1} ref={(el) => void (next.current = el)}>
              {`The screenshot could not be taken. ${asSentence(shot.reason)} `}
              {startedFromMenu ? '' : `${MENU_ONLY} `}
              You can save the report without one.
            </p>
          ) : (
            <p className="ssg-hint">
              A picture of this tab as it is now, for you to check before you attach it.
              {startedFromMenu ? '' : ` ${MENU_ONLY}`}
            </p>
          )}
          {shot.step === 'taking' && (
            <p role="status" className="ssg-hint">
              Taking the screenshot…
            </p>
          )}
          <div className="ssg-buttons">
            <button
              type="button"
              className="ssg-button"
              disabled={shot.step === 'taking'}
              ref={(el) => void (shot.step === 'none' && (next.current = el))}
              onClick={() => void take()}
            >
              {shot.step === 'failed' ? 'Try again' : 'Take a screenshot of this tab'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
