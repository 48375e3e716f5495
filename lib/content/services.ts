import { withTimeout } from '../guard/with-timeout.ts';
import { MessageError, sendMessage } from '../messaging/send-message.ts';
import type { Platform } from '../sites/site.ts';
import type { GuardServices } from './guard-context.ts';

// A check normally answers in a few milliseconds; a background that has not answered in this time
// is treated as down, so a send is never held for long.
const CHECK_TIMEOUT_MS = 2500;

const answerWithin = <T>(promise: Promise<T>, what: string): Promise<T> =>
  withTimeout(promise, CHECK_TIMEOUT_MS, `${what} did not answer in time`, (m) => new MessageError(m));

/** The background, reached through typed messages. Drafts go there to be checked and nowhere else. */
export const backgroundServices = (platform: Platform): GuardServices => ({
  check: (request) => answerWithin(sendMessage('checkDraft', request), 'the checker'),
  checkFriendRequest: (name) =>
    answerWithin(sendMessage('checkFriendRequest', { platform, name }), 'the checker'),
  record: (event) => void sendMessage('recordEvent', event).catch(() => undefined),
});
