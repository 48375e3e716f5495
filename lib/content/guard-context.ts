import type { BadgeState } from '../../components/guard-badge.tsx';
import type { PhotoWaitDialogProps } from '../../components/photo-wait-dialog.tsx';
import type { WarningDialogProps } from '../../components/warning-dialog.tsx';
import type { CheckRequest, CheckResult, FriendRequestResult, GuardEvent } from '../protocol/schemas.ts';
import type { PageInfo } from '../sites/resolve-surface.ts';
import type { SiteAdapter } from '../sites/site.ts';
import type { PhotoStore } from './photo-store.ts';

/** What the guard asks of the background. Every call may fail; the guard then fails open. */
export interface GuardServices {
  check(request: CheckRequest): Promise<CheckResult>;
  checkFriendRequest(name: string): Promise<FriendRequestResult>;
  record(event: GuardEvent): void;
}

/** Our own UI, in our own shadow root. */
export interface GuardUi {
  showBadge(state: BadgeState, anchor: Element): void;
  hideBadge(): void;
  showDialog(props: WarningDialogProps): void;
  /** "Checking photo…" while a send waits for photo checks; replaced by showDialog, ended by closeDialog. */
  showPhotoWait(props: PhotoWaitDialogProps): void;
  closeDialog(): void;
  /** A polite note after a send whose photos were not (fully) checked; it fades by itself. */
  showNotice(text: string): void;
}

/** Everything the listeners share. */
export interface GuardContext {
  adapter: SiteAdapter;
  services: GuardServices;
  ui: GuardUi;
  page(): PageInfo;
  /** The photos attached on this page and their checks (photo-start.ts). */
  photos: PhotoStore;
  /**
   * Editors and controls whose next send goes through unchecked, once: set while we replay a send
   * the person allowed, and after a replay the site ignored (sites.md §5 P4).
   */
  bypass: WeakSet<Element>;
}

/** How a send started, so it can be replayed the same way. */
export type SendTrigger =
  { kind: 'click'; control: Element } | { kind: 'key'; ctrlKey: boolean; metaKey: boolean };

/** Stops an event before the site's own handlers see it. */
export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
