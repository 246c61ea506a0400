/**
 * Typed messaging (lib/messaging.ts): a listener made from the protocol's parser and one handler
 * per message answers its messages, sends errors back as data, and leaves what is not a
 * well-formed request unanswered. fakeBrowser's sendMessage returns what a listener returns (it
 * passes no `sendResponse`), so it is replaced by what the browser does: hand the message to
 * the listeners and settle with what one of them sends back.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackgroundRequest, type BackgroundProtocol } from '../core/messages';
import { listenForMessages, MessageError, sendToBackground } from './messaging';

type Listener = (m: unknown, s: { id?: string }, reply: (r: unknown) => void) => unknown;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (message: unknown) =>
      new Promise((resolve, reject) => {
        const listeners = onMessageListeners();
        if (listeners.length === 0) reject(new Error('Could not establish connection'));
        const answering = listeners.map((l) => l(message, { id: fakeBrowser.runtime.id }, resolve));
        // No listener kept the channel open: the sender gets no answer.
        if (!answering.includes(true)) resolve(undefined);
      }),
  );
});

/** The listeners added to runtime.onMessage, through the spy on addListener. */
let added: Listener[] = [];
const onMessageListeners = () =>
  added.filter((l) => fakeBrowser.runtime.onMessage.hasListener(l as never));
beforeEach(() => {
  added = [];
  const add = fakeBrowser.runtime.onMessage.addListener.bind(fakeBrowser.runtime.onMessage);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => {
    added.push(l);
    add(l);
  });
});

const fail = (): never => {
  throw new Error('not in this test');
};

function listen(
  overrides: Partial<Parameters<typeof listenForMessages<BackgroundProtocol>>[0]['handlers']> = {},
) {
  const onRejected = vi.fn();
  const stop = listenForMessages<BackgroundProtocol>({
    parse: parseBackgroundRequest,
    onRejected,
    handlers: {
      getDictionary: fail,
      lookupTerm: fail,
      search: ({ query, limit }) => ({
        query: `${query}:${limit ?? 'none'}`,
        hits: [],
        names: [],
        nearNames: [],
      }),
      getArticle: fail,
      listSources: fail,
      sourcesChanged: ({ files }) => ({ userSources: files.length }),
      openReader: fail,
      getStatus: () => Promise.reject(new Error('index damaged')),
      ...overrides,
    },
  });
  return { onRejected, stop };
}

describe('listenForMessages and sendToBackground', () => {
  it('answers each message with its handler, given the parsed request', async () => {
    listen();
    expect((await sendToBackground('search', { query: 'csto', limit: 5 })).query).toBe('csto:5');
    expect(await sendToBackground('sourcesChanged', { files: ['a', 'b'] })).toEqual({
      userSources: 2,
    });
  });

  it("sends a handler's failure back as an error the sender throws", async () => {
    listen();
    const status = sendToBackground('getStatus', {});
    await expect(status).rejects.toThrow(MessageError);
    await expect(status).rejects.toThrow('index damaged');
  });

  it('leaves a malformed request unanswered, tells onRejected, and calls no handler', async () => {
    const search = vi.fn(fail);
    const { onRejected } = listen({ search });
    const reply: unknown = await fakeBrowser.runtime.sendMessage({
      channel: 'sourcelight',
      type: 'search',
      query: 42,
    });
    expect(reply).toBeUndefined();
    expect(search).not.toHaveBeenCalled();
    expect(onRejected).toHaveBeenCalledTimes(1);
    expect(onRejected.mock.calls[0]![0]).toEqual({
      channel: 'sourcelight',
      type: 'search',
      query: 42,
    });
  });

  it('stops answering once told to', async () => {
    const { stop } = listen();
    stop();
    await expect(sendToBackground('sourcesChanged', { files: [] })).rejects.toThrow(
      'Could not establish connection',
    );
  });
});
