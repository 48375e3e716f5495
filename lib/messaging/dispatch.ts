import {
  MESSAGES,
  isMessageName,
  type MessageName,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from '../protocol/messages.ts';

/** What the background knows about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Handlers = {
  [N in MessageName]: (data: RequestOf<N>, sender: SenderInfo) => Promise<ResponseOf<N>>;
};

export interface DispatchOptions {
  /** Our extension id; messages from anyone else are refused. */
  extensionId: string;
  /** Our extension's origin, e.g. "chrome-extension://abc" (no trailing slash). */
  extensionOrigin: string;
  /** Whether a page URL is on one of the sites our content script runs on. */
  isGuardedUrl: (url: URL) => boolean;
}

/**
 * scheme://host. URL.origin is "null" for non-web schemes in some engines (Node, older Firefox), so
 * extension pages are compared by their parts.
 */
export const originOf = (url: URL): string => `${url.protocol}//${url.host}`;

/** Who the sender is, or undefined when it is nobody we talk to. */
export function senderKind(sender: SenderInfo, options: DispatchOptions): SenderKind | undefined {
  if (sender.id !== options.extensionId || !sender.url) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (originOf(url) === options.extensionOrigin) return 'extension';
  if (sender.tab?.id !== undefined && options.isGuardedUrl(url)) return 'content';
  return undefined;
}

/**
 * Checks the sender and parses the request against the protocol map before a handler sees it.
 * Refusals come back as `{ error }`, which sendMessage turns into a MessageError.
 */
export async function dispatch(
  message: unknown,
  sender: SenderInfo,
  handlers: Handlers,
  options: DispatchOptions,
): Promise<unknown> {
  if (!message || typeof message !== 'object') return { error: 'not a message' };
  const { name, data } = message as { name?: unknown; data?: unknown };
  if (typeof name !== 'string' || !isMessageName(name)) return { error: `unknown message ${String(name)}` };
  const spec = MESSAGES[name];
  const kind = senderKind(sender, options);
  if (!kind || !(spec.from as readonly SenderKind[]).includes(kind)) {
    return { error: `${name} is not allowed from this sender` };
  }
  const parsed = spec.request.safeParse(data);
  if (!parsed.success) return { error: `${name}: the request is malformed` };
  try {
    const handler = handlers[name] as (data: unknown, sender: SenderInfo) => Promise<unknown>;
    return await handler(parsed.data, sender);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
