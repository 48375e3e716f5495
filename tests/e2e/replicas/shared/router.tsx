// A tiny pushState router shared by the replicas: the real sites are single-page apps that change
// route with `history.pushState` and listen for `popstate` (shared/notes/sites.md §5 P6).
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** Fired on window after our own pushState, so every React root (including shadow-root ones) re-reads the URL. */
const NAVIGATED = 'replica:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentPath = (): string => location.pathname;

/** The current `location.pathname`, re-rendering on pushState (ours) and popstate (back/forward). */
export const usePath = (): string => useSyncExternalStore(subscribe, currentPath);

/** Client-side navigation, as the sites' routers do it: no document load. */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An ordinary `<a href>` whose plain left click navigates in-app. */
export function Link({ href, onClick, children, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={follow} {...rest}>
      {children}
    </a>
  );
}

/** The capture groups of `pattern` against `path`, or null when the route does not match. */
export function matchRoute(pattern: RegExp, path: string): string[] | null {
  const found = pattern.exec(path);
  return found ? found.slice(1).map((group) => group ?? '') : null;
}
