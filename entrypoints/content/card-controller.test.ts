/**
 * The card controller, the one owner of "is a card open, and for which name" (#14), with a fake
 * card host: what it draws, when it is open, and what a reader's close does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { debugLog } from '../../core/debug-log';
import type { TermCard } from '../../core/messages';
import type { CardHost, CardHostOptions } from './card-host';
import { CardController } from './card-controller';

interface FakeHost {
  options: CardHostOptions;
  drawn: Array<{ status: string }>;
  hidden: number;
}

function setUp(options: { fetchCard?: () => Promise<TermCard | null>; uiFails?: boolean } = {}) {
  const hosts: FakeHost[] = [];
  class Host {
    readonly fake: FakeHost;
    constructor(hostOptions: CardHostOptions) {
      this.fake = { options: hostOptions, drawn: [], hidden: 0 };
      hosts.push(this.fake);
    }
    get element() {
      return null;
    }
    show(state: { status: string }) {
      this.fake.drawn.push(state);
    }
    update(state: { status: string }) {
      this.fake.drawn.push(state);
    }
    hide() {
      this.fake.hidden += 1;
    }
    destroy() {}
  }
  const onClosedByReader = vi.fn();
  const controller = new CardController({
    doc: document,
    theme: () => undefined,
    loadHost: () =>
      options.uiFails
        ? Promise.reject(new Error('extension updated'))
        : Promise.resolve(Host as unknown as new (o: CardHostOptions) => CardHost),
    fetchCard: options.fetchCard ?? (() => Promise.resolve(null)),
    nameOf: (termId) => termId.toUpperCase(),
    onSeeAll: vi.fn(),
    onOpenPassage: vi.fn(),
    onPointerInside: vi.fn(),
    onClosedByReader,
  });
  return { controller, hosts, onClosedByReader };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const anchor = () => new DOMRect(10, 10, 40, 12);

beforeEach(() => debugLog.clear());

describe('CardController', () => {
  it('is open from the moment a card is asked for, and draws loading then the data', async () => {
    const { controller, hosts } = setUp();
    controller.show('csto', anchor());
    expect(controller.isOpen).toBe(true);
    expect(controller.termId).toBe('csto');
    await flush();
    expect(hosts[0]!.drawn.map((d) => d.status)).toEqual(['loading', 'not-found']);
    expect(hosts[0]!.options.isOpen()).toBe(true);
  });

  it('a newer card replaces an older one still loading; the older never draws', async () => {
    let resolveFirst: (card: TermCard | null) => void = () => undefined;
    const { controller, hosts } = setUp({
      fetchCard: () => new Promise((resolve) => (resolveFirst = resolve)),
    });
    controller.show('tokayev', anchor());
    const first = resolveFirst;
    await flush();
    controller.close();
    expect(controller.isOpen).toBe(false);
    first(null);
    await flush();
    expect(hosts[0]!.drawn.map((d) => d.status)).toEqual(['loading']);
    expect(hosts[0]!.hidden).toBe(1);
  });

  it("the reader's close (Escape, the close button) closes it and tells the hover controller", async () => {
    const { controller, hosts, onClosedByReader } = setUp();
    controller.show('csto', anchor());
    await flush();
    hosts[0]!.options.onCloseRequested();
    expect(controller.isOpen).toBe(false);
    expect(hosts[0]!.options.isOpen()).toBe(false);
    expect(onClosedByReader).toHaveBeenCalledTimes(1);
    // Nothing open: a second request changes nothing.
    hosts[0]!.options.onCloseRequested();
    expect(onClosedByReader).toHaveBeenCalledTimes(1);
  });

  it('a card UI that cannot load leaves no card open, and a failed prefetch is recorded', async () => {
    const { controller } = setUp({
      uiFails: true,
      fetchCard: () => Promise.reject(new Error('worker stopped')),
    });
    controller.prefetch('csto');
    await flush();
    expect(debugLog.entries().map((e) => [e.where, e.message])).toEqual([
      ['content: prefetch card data', 'worker stopped'],
      ['content: prefetch the card UI', 'extension updated'],
    ]);
    controller.show('csto', anchor());
    await flush();
    expect(controller.isOpen).toBe(false);
  });
});
