/**
 * Reading the content script's isolated world and the renderer's counters
 * through the DevTools protocol, from outside the page.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const KEEP_NAMES_SHIM = 'window.__name = (f) => f;';

/** Registered before any page script: the long-task observer sees every main-thread task over 50 ms, the extension's included. */
const LONG_TASK_OBSERVER = `(() => {
  // tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(); give the page a no-op one.
  window.__name = (f) => f;
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__benchLongTasks = null; }
  // Every frame, how many ranges the extension's highlight holds: a frame's rAF runs just before
  // it paints, so this says which frame first showed which highlights.
  window.__benchFrames = [];
  const tick = (t) => {
    const h = CSS.highlights && (CSS.highlights.get('sourcelight-term') || CSS.highlights.get('sourcelight-term-bg'));
    if (h) window.__benchFrames.push({ t, size: h.size });
    if (window.__benchFrames.length < 2000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface ContextInfo {
  id: number;
  name: string;
  type: string;
  frameId: string;
}

export interface InstrumentedPage {
  page: Page;
  cdp: CDPSession;
  /** Evaluates in the content script's isolated world (null while it has none). */
  evaluateIsolated<T>(expression: string): Promise<T | null>;
  hasIsolatedWorld(): boolean;
  metrics(): Promise<Record<string, number>>;
  collectGarbage(): Promise<void>;
  close(): Promise<void>;
}

export async function openInstrumented(
  context: BrowserContext,
  options: { extensionName: string; longTasks?: boolean } = { extensionName: 'Sourcelight' },
): Promise<InstrumentedPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const contexts: ContextInfo[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => {
    const c = event.context;
    const aux = (c.auxData ?? {}) as { type?: string; frameId?: string };
    contexts.push({ id: c.id, name: c.name, type: aux.type ?? '', frameId: aux.frameId ?? '' });
  });
  cdp.on('Runtime.executionContextDestroyed', (event) => {
    const i = contexts.findIndex((c) => c.id === event.executionContextId);
    if (i >= 0) contexts.splice(i, 1);
  });
  cdp.on('Runtime.executionContextsCleared', () => {
    contexts.length = 0;
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.addInitScript(options.longTasks === false ? KEEP_NAMES_SHIM : LONG_TASK_OBSERVER);
  const mainFrameId = async () =>
    ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree
      .frame.id;
  const isolated = async () => {
    const frameId = await mainFrameId();
    return contexts.find(
      (c) => c.type === 'isolated' && c.name === options.extensionName && c.frameId === frameId,
    );
  };
  return {
    page,
    cdp,
    hasIsolatedWorld: () =>
      contexts.some((c) => c.type === 'isolated' && c.name === options.extensionName),
    async evaluateIsolated<T>(expression: string) {
      const c = await isolated();
      if (!c) return null;
      const result = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: c.id,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
      if (result.exceptionDetails)
        throw new Error(`isolated world: ${result.exceptionDetails.text}`);
      return (result.result.value ?? null) as T | null;
    },
    async metrics() {
      // Typed by the protocol: { metrics: Array<{ name: string; value: number }> }.
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
    async collectGarbage() {
      await cdp.send('HeapProfiler.collectGarbage');
    },
    async close() {
      await cdp.detach().catch(() => {});
      await page.close();
    },
  };
}

/** Stops a runaway synchronous script (mark.js past its cap) so the page can be closed. */
export async function terminateExecution(cdp: CDPSession): Promise<void> {
  await cdp.send('Runtime.terminateExecution').catch(() => {});
}
