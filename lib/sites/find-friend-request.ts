import { isControl, closestControl } from './match-control.ts';
import type { FriendRequestDef } from './site.ts';

// How far up from Confirm the card may reach: the card wraps the buttons a few levels deep.
const MAX_CARD_DEPTH = 6;

/**
 * The requester's name when `target` is a friend request's Confirm control: Confirm next to a
 * Delete control and a profile link in the same card (sites.md §2.5). Null for every other
 * "Confirm" on the page (unfriend, leave group).
 */
export function friendRequestAt(target: Element, def: FriendRequestDef, lang: string): string | null {
  const confirm = closestControl(target, [def.confirm], lang);
  if (!confirm) return null;
  let card: Element | null = confirm.parentElement;
  for (let depth = 0; card && depth < MAX_CARD_DEPTH; depth += 1, card = card.parentElement) {
    const links = card.querySelectorAll(def.profile);
    // Past one card: this Confirm has no requester of its own (a dialog, or a card we do not know).
    if (links.length > 1) return null;
    const link = links[0];
    const hasSibling = Array.from(card.querySelectorAll(def.sibling.css)).some((el) =>
      isControl(el, def.sibling, lang),
    );
    if (link && hasSibling) {
      const name = (link.getAttribute('aria-label') ?? link.textContent ?? '').trim();
      return name || null;
    }
  }
  return null;
}
