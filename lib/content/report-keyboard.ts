// The keyboard way to "Report a message": one small button placed in the page's own reading and Tab
// order, right after the conversation's message list (before the composer), or after the last
// comment under a post (before its comment box). It lives in its own open shadow root, so the page
// cannot style it, and our styles cannot touch the page.
//
// Why not a button on every message: our floating controls sit at the end of <body>, far from the
// message in Tab order, and a control per message would add dozens of Tab stops. Instead:
// - Tab from the last message, or Shift+Tab from the composer, reaches "Report a message";
// - it opens a list of the received messages (newest first), each one a button;
// - choosing one opens the form for that message. Screen readers meet the button where the thread
//   ends, in reading order, without needing hover.
// It takes no room and is visually hidden (like a skip link) until keyboard focus is in the
// conversation or post: then it shows, in the flow of the page, so it never covers the site's own
// controls. The pointer has its own control beside each message (components/report-control.tsx).

export const KEYBOARD_HOST_NAME = 'staff-social-guard-report';

const STYLE = `
:host { all: initial; display: contents; }
button {
  all: initial;
  box-sizing: border-box;
  display: inline-block;
  align-self: flex-start;
  margin: 4px 8px;
  min-height: 32px;
  padding: 4px 14px;
  border: 2px solid #1d4d3a;
  border-radius: 16px;
  background: #ffffff;
  color: #1d4d3a;
  font: 600 14px/20px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  cursor: pointer;
}
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
button:not(.shown):not(:focus) {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: 0;
  padding: 0;
  border: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
@media (forced-colors: active) { button { border-color: ButtonText; } }
`;

export interface KeyboardButton {
  host: HTMLElement;
  button: HTMLButtonElement;
  /** Focus anywhere in here (the conversation with its composer, or the post) shows the button. */
  area: Element;
}

/** Makes the host and its button; `onPress` runs on click, Enter or Space. */
export function createKeyboardButton(doc: Document, text: string, onPress: () => void): KeyboardButton {
  const host = doc.createElement(KEYBOARD_HOST_NAME);
  // Takes no box of its own: the button is laid out as if it were the page's element.
  host.style.setProperty('display', 'contents', 'important');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = text;
  button.dataset.testid = 'report-keyboard';
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onPress();
  });
  // The page's own shortcuts must not see keys pressed on our button.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    button.addEventListener(type, (event) => event.stopPropagation());
  }
  root.append(style, button);
  return { host, button, area: host };
}

/**
 * Puts the host right after `anchor` (again, if the page's re-render moved or dropped it). Returns
 * whether it had to move, so a caller watching the page can ignore its own change.
 */
export function placeAfter(keyboard: KeyboardButton, anchor: Element): boolean {
  const area = anchor.parentElement;
  if (!area) return false;
  keyboard.area = area;
  if (keyboard.host.previousElementSibling === anchor && keyboard.host.isConnected) return false;
  anchor.after(keyboard.host);
  return true;
}

/** Shows or hides (visually only: it stays focusable) the button. */
export function showKeyboardButton(keyboard: KeyboardButton, shown: boolean): void {
  keyboard.button.classList.toggle('shown', shown);
}
