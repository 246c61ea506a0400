/**
 * A tiny protocol the popup uses to learn the active tab's address without
 * the `tabs` permission (which would show a "read your browsing history"
 * warning): a minimal content script answers with `location.href`. A tab
 * that does not answer is a page where Sourcelight does not run.
 */
export interface PageInfo {
  url: string;
}

export interface PageInfoProtocol {
  getPageInfo: { request: Record<never, never>; response: PageInfo };
}

export function parsePageInfoRequest(
  x: unknown,
): { channel: 'sourcelight'; type: 'getPageInfo' } | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const r = x as Record<string, unknown>;
  return r.channel === 'sourcelight' && r.type === 'getPageInfo'
    ? { channel: 'sourcelight', type: 'getPageInfo' }
    : null;
}
