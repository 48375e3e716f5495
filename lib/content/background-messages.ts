import { browser, type ContentScriptContext } from '#imports';

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * Answers one kind of message the background sends this tab (tabs.sendMessage): only from our own
 * extension, only when it parses, and never again once the content script is invalidated. Other
 * messages are left alone (undefined), so each listener answers only its own.
 */
export function onBackgroundMessage<T>(
  ctx: ContentScriptContext,
  name: string,
  schema: Parser<T>,
  answer: (message: T) => unknown,
): void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if ((message as { name?: unknown } | null)?.name !== name) return undefined;
    const parsed = schema.safeParse(message);
    if (sender.id !== browser.runtime.id || !parsed.success) return undefined;
    return Promise.resolve(answer(parsed.data));
  };
  // webextension-polyfill answers with what the returned promise resolves to.
  /* eslint-disable @typescript-eslint/no-misused-promises */
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  /* eslint-enable @typescript-eslint/no-misused-promises */
}
