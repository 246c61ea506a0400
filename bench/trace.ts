/**
 * Where the renderer's main-thread time goes during one page load, from a
 * DevTools trace: self time grouped into script, style, layout, paint and
 * compositing, parsing, other. Run once with the extension and once without,
 * it shows work the extension causes outside its own code (the browser
 * repainting highlights), which its self-reported stats cannot see.
 */
import type { BrowserContext } from 'playwright-core';

export type TraceBreakdown = Record<
  'total' | 'script' | 'style' | 'layout' | 'paint' | 'parse' | 'other' | 'paints',
  number
>;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const GROUPS: Array<[keyof TraceBreakdown, RegExp]> = [
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|TimerFire|EventDispatch|RunMicrotasks|FireAnimationFrame|v8\.compile|CompileScript|MinorGC|MajorGC)/u,
  ],
  ['style', /(recalcStyle|RecalcStyle|UpdateStyle|rebuildLayoutTree|StyleEngine)/u],
  ['layout', /(Layout|layout|ShapeText|InlineNode)/u],
  [
    'paint',
    /(Paint|Layerize|Compositing|PrePaint|BeginMainFrame::commit|UpdateLayer|Commit|Raster)/u,
  ],
  ['parse', /(ParseHTML|HTMLDocumentParser|TextResourceDecoder)/u],
];

/** Each kind's median over several traced loads (one load moved by 2x between runs). */
export function medianBreakdown(runs: readonly TraceBreakdown[]): TraceBreakdown {
  const out = { ...runs[0]! };
  for (const key of Object.keys(out) as Array<keyof TraceBreakdown>) {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    out[key] = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  return out;
}

export async function traceLoad(
  context: BrowserContext,
  url: string,
  settleMs: number,
): Promise<TraceBreakdown> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink',
        'v8',
      ],
    },
    transferMode: 'ReportEvents',
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(settleMs);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await page.close();
  }
  const threadNames = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]),
  );
  const runTask = new Map<string, number>();
  for (const e of events)
    if (
      e.ph === 'X' &&
      e.name === 'RunTask' &&
      threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'
    )
      runTask.set(`${e.pid}:${e.tid}`, (runTask.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  // The page's renderer main thread is the busiest one (other renderers: extension pages, idle).
  const main = [...runTask].sort((a, b) => b[1] - a[1])[0]?.[0];
  const out: TraceBreakdown = {
    total: 0,
    script: 0,
    style: 0,
    layout: 0,
    paint: 0,
    parse: 0,
    other: 0,
    paints: 0,
  };
  if (!main) return out;
  const timed = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: an event's duration minus its children's.
  const self = new Map<TraceEvent, number>();
  const stack: TraceEvent[] = [];
  for (const e of timed) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts)
      stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? 0) - e.dur!);
    self.set(e, (self.get(e) ?? 0) + e.dur!);
    stack.push(e);
    if (e.name === 'Paint' && !parent?.name.startsWith('Paint')) out.paints += 1;
  }
  for (const [e, us] of self) {
    const group = GROUPS.find(([, re]) => re.test(e.name))?.[0] ?? 'other';
    out[group] += us / 1000;
    out.total += us / 1000;
  }
  return out;
}
