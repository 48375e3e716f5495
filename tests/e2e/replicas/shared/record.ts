// What the replicas report to the e2e specs: every send a surface's own submit handler performs.

/** Every surface the replicas implement, named `<site>.<surface>`. */
export type Surface =
  | 'facebook.post'
  | 'facebook.comment'
  | 'facebook.messenger'
  | 'facebook.friend-confirm'
  | 'facebook.other-confirm'
  | 'facebook.page-post'
  | 'facebook.review'
  | 'instagram.caption'
  | 'instagram.comment'
  | 'instagram.dm'
  | 'x.post'
  | 'x.reply'
  | 'x.chat';

/** Called by a surface's own submit handler, so a spec can tell whether the page's send ran. */
export function recordSent(surface: Surface, text: string): void {
  (window.__sent ??= []).push({ surface, text });
}

/** A short clock time such as "14:05", for message labels and bubbles. */
export const clockTime = (date = new Date()): string =>
  date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
