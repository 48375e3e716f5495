import { browser } from '#imports';
import { MESSAGES, type MessageName, type RequestOf, type ResponseOf } from '../protocol/messages.ts';

/** The background answered with an error, or not at all. `message` is fit to show staff. */
export class MessageError extends Error {}

/**
 * Sends one typed message to the background and parses its answer. Throws MessageError when the
 * background refuses the request or cannot be reached (for example after the extension was
 * updated while the page stayed open: "Extension context invalidated").
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  data: RequestOf<N>,
): Promise<ResponseOf<N>> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ name, data });
  } catch (error) {
    throw new MessageError(describeSendFailure(error));
  }
  if (answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string') {
    throw new MessageError(answer.error);
  }
  const parsed = MESSAGES[name].response.safeParse(answer);
  if (!parsed.success) throw new MessageError(`the background sent an answer this page does not understand`);
  return parsed.data as ResponseOf<N>;
}

function describeSendFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/context invalidated|Receiving end does not exist|message port closed/i.test(text)) {
    return 'the extension was updated or restarted; reload the page';
  }
  return `could not reach the extension (${text})`;
}
