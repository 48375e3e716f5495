import { MessageError, sendMessage } from '../messaging/send-message.ts';
import type { Platform } from '../sites/site.ts';
import type { GuardServices } from './guard-context.ts';

// A check normally answers in a few milliseconds; a background that has not answered in this time
// is treated as down, so a send is never held for long.
const CHECK_TIMEOUT_MS = 2500;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new MessageError(`${what} did not answer in time`)),
      CHECK_TIMEOUT_MS,
    );
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** The background, reached through typed messages. Drafts go there to be checked and nowhere else. */
export const backgroundServices = (platform: Platform): GuardServices => ({
  check: (request) => withTimeout(sendMessage('checkDraft', request), 'the checker'),
  checkFriendRequest: (name) =>
    withTimeout(sendMessage('checkFriendRequest', { platform, name }), 'the checker'),
  record: (event) => void sendMessage('recordEvent', event).catch(() => undefined),
});
