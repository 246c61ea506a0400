/**
 * A DevTools-protocol view of a page that Playwright's page API does not give:
 * the content script's isolated world (to read `__sourcelightStats`, which the
 * page itself cannot see), exceptions and console errors from every context
 * (page, content script, frames), and the renderer's task metrics.
 */
import type { CDPSession, Page } from 'playwright-core';

interface ContextInfo {
  id: number;
  frameId: string;
  name: string;
  type: string;
}

export interface PageProbe {
  /** Uncaught exceptions and console errors/warnings from any context, with the context's name. */
  errors: string[];
  /** Content-script worlds of this extension (name "Sourcelight") created so far, in any frame. */
  isolatedWorlds(): ContextInfo[];
  /** Evaluates an expression in the content script's world of the top frame (undefined if none). */
  evalIsolated<T>(expression: string): Promise<T | undefined>;
  /** `Performance.getMetrics` as a name -> value map (TaskDuration, ScriptDuration, ... in seconds). */
  metrics(): Promise<Record<string, number>>;
  detach(): Promise<void>;
}

const EXTENSION_WORLD = 'Sourcelight';

/** Attach before navigating, so the worlds created at document_start are seen. */
export async function attachProbe(page: Page): Promise<PageProbe> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<number, ContextInfo>();
  const errors: string[] = [];
  const nameOf = (id: number | undefined) =>
    id === undefined ? '?' : (contexts.get(id)?.name ?? `context ${id}`) || 'page';

  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = (context.auxData ?? {}) as { frameId?: string; type?: string };
    contexts.set(context.id, {
      id: context.id,
      frameId: aux.frameId ?? '',
      name: context.name,
      type: aux.type ?? '',
    });
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    contexts.delete(executionContextId);
  });
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const d = exceptionDetails;
    errors.push(
      `exception in ${nameOf(d.executionContextId)}: ${d.exception?.description ?? d.text}`,
    );
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
    const text = args.map((a) => a.value ?? a.description ?? '').join(' ');
    errors.push(`console.${type} in ${nameOf(executionContextId)}: ${text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

  let topFrameId: string | undefined;
  const topFrame = async () => {
    topFrameId ??= (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    return topFrameId;
  };

  const isolatedWorlds = () =>
    [...contexts.values()].filter((c) => c.type === 'isolated' && c.name === EXTENSION_WORLD);

  return {
    errors,
    isolatedWorlds,
    async evalIsolated<T>(expression: string) {
      const frameId = await topFrame();
      const world = isolatedWorlds()
        .filter((c) => c.frameId === frameId)
        .at(-1);
      if (!world) return undefined;
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
      return result.value as T;
    },
    async metrics() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}
