import { readEditor, type EditorText } from '../dom/read-editor.ts';
import type { Platform } from '../sites/site.ts';
import type { CheckRequest, CheckResult } from '../protocol/schemas.ts';
import { readRecipient } from '../sites/read-recipient.ts';
import type { SurfaceDef } from '../sites/site.ts';

/** The latest check, and the exact text and recipient it was for. */
export interface Checked {
  text: string;
  recipient: string | null;
  result: CheckResult;
}

export interface SessionDeps {
  platform: Platform;
  lang: () => string;
  check: (request: CheckRequest) => Promise<CheckResult>;
  /** Called after every finished check, or with the error when one failed. */
  onChecked: (session: ComposerSession, outcome: Checked | Error) => void;
}

// Long enough to let a burst of keystrokes settle into one check, short enough that the badge is
// current well within 200 ms of the last keystroke, and usually before a quick Enter.
export const CHECK_DELAY_MS = 60;

/**
 * One editor the person is writing in. Checks run in the background (where the pack lives), at
 * most one at a time, always for the text as it is now; `latest` is what the send decision uses.
 */
export class ComposerSession {
  latest: Checked | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<Checked> | null = null;

  constructor(
    readonly editor: HTMLElement,
    readonly surface: SurfaceDef,
    private readonly deps: SessionDeps,
  ) {}

  read(): EditorText {
    return readEditor(this.editor, this.surface.kind);
  }

  /** The recipient shown for a private message, read afresh (threads change under the editor). */
  recipient(): string | null {
    return this.surface.recipient ? readRecipient(this.editor, this.surface, this.deps.lang()) : null;
  }

  /** Whether `latest` was computed for this text and recipient. */
  isCurrent(text: string, recipient: string | null): boolean {
    return this.latest?.text === text && this.latest.recipient === recipient;
  }

  /** Schedules a check after the typing settles. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.checkNow().catch(() => undefined), CHECK_DELAY_MS);
  }

  /** A check of the text as it is now, reusing the latest or a running one when it is for the same text. */
  async checkNow(): Promise<Checked> {
    clearTimeout(this.timer);
    const text = this.read().text;
    const recipient = this.recipient();
    if (this.isCurrent(text, recipient) && this.latest) return this.latest;
    while (this.running) await this.running.catch(() => undefined);
    if (this.isCurrent(text, recipient) && this.latest) return this.latest;
    this.running = this.run(text, recipient);
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async run(text: string, recipient: string | null): Promise<Checked> {
    try {
      const request = { platform: this.deps.platform, surface: this.surface.surface, recipient, text };
      const result = await this.deps.check(request);
      this.latest = { text, recipient, result };
      this.deps.onChecked(this, this.latest);
      return this.latest;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.deps.onChecked(this, failure);
      throw failure;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
