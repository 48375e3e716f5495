import { REPORT_CATEGORY_NAMES, type OutboxEntry } from '../../lib/safeguarding/record.ts';
import { formatWhen } from './words.ts';

// What the popup says about a report in the outbox, in British English.

const VIA_WORDS: Record<string, string> = {
  webhook: ' to the safeguarding system',
  email: ' by email',
  file: ' (saved as files)',
};

/** Waiting for the person to send it themselves: by email or as saved files. */
export const waitsForPerson = (entry: OutboxEntry): boolean =>
  entry.state === 'queued' && entry.nextAttemptAt === null;

/** The person may send it themselves: it waits for them, or the webhook gave up on it. */
export const canSendByHand = (entry: OutboxEntry): boolean =>
  waitsForPerson(entry) || entry.state === 'failed';

const withoutFullStop = (text: string): string => text.trim().replace(/\.$/, '');

/** "Queued (next try at 14:05; last problem: …)", "Sending…", "Sent at 14:07 by email", "Failed: …". */
export function reportStateInWords(entry: OutboxEntry, now: number): string {
  const { state, nextAttemptAt, lastError, sentAt, via } = entry;
  switch (state) {
    case 'sent':
      return `Sent at ${formatWhen(sentAt ?? now, now)}${VIA_WORDS[via ?? ''] ?? ''}`;
    case 'failed':
      return `Failed: ${lastError ? withoutFullStop(lastError) : 'no reason was given'}`;
    case 'sending':
      return 'Sending…';
    case 'queued': {
      if (nextAttemptAt === null) return 'Queued: waiting for you to send it';
      const when = nextAttemptAt <= now ? 'now' : `at ${formatWhen(nextAttemptAt, now)}`;
      const problem = lastError ? `; last problem: ${withoutFullStop(lastError)}` : '';
      return `Queued (next try ${when}${problem})`;
    }
  }
}

/** "Inappropriate request from Jane Smith". */
export function reportHeading(entry: OutboxEntry): string {
  const { category, senderName } = entry.record;
  return `${REPORT_CATEGORY_NAMES[category]} from ${senderName.trim() || 'an unnamed sender'}`;
}
