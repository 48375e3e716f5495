import type { KeyboardEvent, RefObject, SyntheticEvent } from 'react';
import { trapTab } from './focus-trap.ts';

const stop = (event: SyntheticEvent) => event.stopPropagation();

/**
 * What every dialog of ours puts on its backdrop: Esc (never while an input method is composing)
 * calls `onEscape`, Tab stays inside the dialog, and no key or focus event leaves it, so the host
 * page's shortcuts and focus traps (Facebook's composer has one) never see them. The backdrop
 * handles keys too, so that Tab after a click on it comes back into the dialog.
 */
export function useModalBackdrop(dialogRef: RefObject<HTMLElement | null>, onEscape: () => void) {
  return {
    className: 'ssg-backdrop',
    tabIndex: -1,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      event.stopPropagation();
      if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
        event.preventDefault();
        onEscape();
      } else if (
        event.key === 'Tab' &&
        !event.altKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        dialogRef.current
      ) {
        trapTab(dialogRef.current, event);
      }
    },
    onKeyUp: stop,
    onFocus: stop,
    onBlur: stop,
  };
}
