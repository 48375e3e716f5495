import { labelsFor } from './labels.ts';
import type { ControlSelector } from './site.ts';

/** Whether an element is the control described: the CSS matches and, if given, so does the word. */
export function isControl(element: Element, control: ControlSelector, lang: string): boolean {
  if (!element.matches(control.css)) return false;
  if (!control.label) return true;
  const words = labelsFor(control.label.key, lang);
  const value =
    control.label.from === 'aria-label' ? element.getAttribute('aria-label') : (element.textContent ?? '');
  return value !== null && words.includes(value.trim());
}

/** The nearest element from `start` upwards (itself included) that is one of the controls. */
export function closestControl(
  start: Element,
  controls: readonly ControlSelector[],
  lang: string,
): Element | null {
  for (let el: Element | null = start; el; el = el.parentElement) {
    if (controls.some((control) => isControl(el, control, lang))) return el;
  }
  return null;
}

/** Every element under `root` that is one of the controls. */
export function findControls(
  root: ParentNode,
  controls: readonly ControlSelector[],
  lang: string,
): Element[] {
  return controls.flatMap((control) =>
    Array.from(root.querySelectorAll(control.css)).filter((el) => isControl(el, control, lang)),
  );
}
