/**
 * Typed wrappers over runtime/tabs messaging. Handlers use the
 * `sendResponse` + `return true` form: it works in Chrome, Firefox, the
 * polyfill and WXT's fakeBrowser alike (a Promise-returning listener does not
 * reply under the fake). Listeners ignore messages that are not ours.
 */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol, Reply, TabProtocol } from '../core/messages';
import type { Envelope, RequestOf, ResponseOf } from '../core/message-schema';
import { errorMessage, isRecord } from '../core/guards';

export class MessageError extends Error {}

/** What a sender learns about itself (the parts of `runtime.MessageSender` the handlers read). */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/**
 * A reply's data. The envelope is checked; the data is trusted: it comes from our own background
 * or content script, whose handlers are typed by the same protocol entry.
 */
function unwrap<T>(reply: unknown): T {
  if (!isRecord(reply)) throw new MessageError('No answer from Sourcelight');
  if (reply.ok !== true) throw new MessageError(String(reply.error));
  return reply.data as T;
}

export async function sendToBackground<K extends Extract<keyof BackgroundProtocol, string>>(
  type: K,
  request: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  const reply: unknown = await browser.runtime.sendMessage({
    channel: 'sourcelight',
    type,
    ...(request as object),
  });
  return unwrap(reply);
}

export async function sendToTab<K extends Extract<keyof TabProtocol, string>>(
  tabId: number,
  type: K,
  request: RequestOf<TabProtocol, K>,
  frameId = 0,
): Promise<ResponseOf<TabProtocol, K>> {
  const reply: unknown = await browser.tabs.sendMessage(
    tabId,
    { channel: 'sourcelight', type, ...(request as object) },
    { frameId },
  );
  return unwrap(reply);
}

type Handlers<P> = {
  [K in keyof P & string]: (
    request: Extract<Envelope<P>, { type: K }>,
    sender: Sender,
  ) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};

type ListenerOptions<P> = {
  parse: (x: unknown) => Envelope<P> | null;
  handlers: Handlers<P>;
  /** Called for each rejected message (a foreign sender, or not a well-formed request). */
  onRejected?: (message: unknown, sender: Sender) => void;
  /** Only accept messages from this extension. */
  extensionId?: string;
};

/**
 * Builds a runtime.onMessage listener from a parser (which rejects foreign or
 * malformed messages) and one handler per message type.
 */
export function createMessageListener<P>(options: ListenerOptions<P>) {
  return (message: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    if (options.extensionId !== undefined && sender.id !== options.extensionId) {
      options.onRejected?.(message, sender);
      return undefined;
    }
    const request = options.parse(message);
    if (!request) {
      options.onRejected?.(message, sender);
      return undefined;
    }
    // The parser returned a request of this type, so this is its handler (TypeScript cannot
    // follow the type from the request to the handler's key).
    const handler = options.handlers[request.type] as (r: unknown, s: Sender) => unknown;
    Promise.resolve()
      .then(() => handler(request, sender))
      .then(
        (data) => sendResponse({ ok: true, data } satisfies Reply<unknown>),
        (error: unknown) =>
          sendResponse({
            ok: false,
            error: errorMessage(error),
          }),
      );
    return true as const;
  };
}

/**
 * Answers `runtime.onMessage` with a listener from `createMessageListener`; returns the function
 * that stops listening.
 */
export function listenForMessages<P>(options: ListenerOptions<P>): () => void {
  // The polyfill's listener type is either "always answers" (returns true) or "never answers";
  // ours answers its own messages and leaves the rest to other listeners (returns undefined).
  const listener = createMessageListener(options) as Parameters<
    typeof browser.runtime.onMessage.addListener
  >[0];
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
