/**
 * Typed wrappers over runtime/tabs messaging. Handlers use the
 * `sendResponse` + `return true` form: it works in Chrome, Firefox, the
 * polyfill and WXT's fakeBrowser alike (a Promise-returning listener does not
 * reply under the fake). Listeners ignore messages that are not ours.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundProtocol,
  Envelope,
  Reply,
  RequestOf,
  ResponseOf,
  TabProtocol,
} from '../core/messages';
import { errorMessage } from '../core/guards';

export class MessageError extends Error {}

function unwrap<T>(reply: unknown): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object') throw new MessageError('No answer from Sourcelight');
  if (!r.ok) throw new MessageError(r.error);
  return r.data;
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
    sender: { id?: string; tab?: { id?: number }; url?: string },
  ) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};

/**
 * Builds a runtime.onMessage listener from a parser (which rejects foreign or
 * malformed messages) and one handler per message type.
 */
export function createMessageListener<P>(options: {
  parse: (x: unknown) => Envelope<P> | null;
  handlers: Handlers<P>;
  /** Called once per rejected sender/kind, so logs are not flooded. */
  onRejected?: (message: unknown, sender: unknown) => void;
  /** Only accept messages from this extension. */
  extensionId?: string;
}) {
  return (
    message: unknown,
    sender: { id?: string; tab?: { id?: number }; url?: string },
    sendResponse: (r: unknown) => void,
  ) => {
    if (options.extensionId !== undefined && sender.id !== options.extensionId) {
      options.onRejected?.(message, sender);
      return undefined;
    }
    const request = options.parse(message);
    if (!request) {
      options.onRejected?.(message, sender);
      return undefined;
    }
    const handler = options.handlers[request.type] as (r: unknown, s: typeof sender) => unknown;
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
