import { checkDraft } from '../engine/check-draft.ts';
import { compilePack } from '../engine/compile.ts';
import { matchRecipient } from '../engine/recipient.ts';
import type { Finding, RulePack } from '../pack/schema.ts';
import type { CheckRequest, CheckResult, Contacts, FriendRequestResult } from '../protocol/schemas.ts';

// What the page needs to warn well, computed where the pack lives. Pure: the background passes the
// active pack in, and the tests pass theirs.

const DEFAULT_REPLY =
  "Thank you for your message. Please contact the office through the setting's official channels so the right person can help.";

/** The ready reply for a parent: the quoted reply in the parent-contact suggestion, if it has one. */
export function officialReplyOf(pack: RulePack): string {
  const quoted = /"([^"]{10,})"/.exec(pack.rules['parent-contact'].suggestion ?? '');
  return quoted?.[1] ?? DEFAULT_REPLY;
}

export function contactsOf(pack: RulePack): Contacts {
  return { manager: pack.people.manager, safeguardingLead: pack.people.safeguardingLead };
}

export function checkForPage(pack: RulePack, request: CheckRequest): CheckResult {
  const findings = checkDraft(pack, request);
  return { findings, contacts: contactsOf(pack), officialReply: officialReplyOf(pack) };
}

/**
 * Accepting a friend request from a listed parent or family member opens the private channel the
 * policy rules out ("Not to send private messages to any parent's/family members"), so it is
 * checked like a private message to them, with the parent-contact rule's severity and clause.
 */
export function checkFriendRequest(pack: RulePack, name: string): FriendRequestResult {
  const rule = pack.rules['parent-contact'];
  const matches = rule.severity === 'off' ? [] : matchRecipient(compilePack(pack).people, name);
  const person = matches[0];
  if (!person) return { finding: null, contacts: contactsOf(pack) };
  const finding: Finding = {
    category: 'parent-contact',
    ruleId: 'parent-contact',
    severity: rule.severity,
    spans: [{ start: 0, end: name.length }],
    message: `${name} is listed as a parent or family member of a child at the setting. Becoming friends opens a private channel with them.`,
    clause: rule.clause,
    matched: [name],
    suggestion: 'Leave the request unanswered, or delete it. Parents can reach you through the setting.',
  };
  return { finding, contacts: contactsOf(pack) };
}
