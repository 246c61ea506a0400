/** Serves fixture pages on loopback (any port matches the content script's http://127.0.0.1/*). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request the server saw (path), for privacy assertions. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * @param routes extra in-memory routes (path -> body, or [body, headers]) for tests that need headers such as CSP.
 */
export async function serveFixtures(
  routes: Record<string, string | [string, Record<string, string>]> = {},
  dir = FIXTURES_DIR,
): Promise<FixtureServer> {
  const requests: string[] = [];
  // Node ignores the handler's promise: a throw (a malformed %-escape in the URL) would be an
  // unhandled rejection that ends the test run, so it answers 400 instead.
  const server: Server = createServer((req, res) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400);
      res.end();
    });
  });
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = routes[path];
    if (route !== undefined) {
      const [body, headers] = typeof route === 'string' ? [route, {}] : route;
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...headers });
      res.end(body);
      return;
    }
    // Browsers ask for it on every page; a 404 would log a console error that is not the extension's.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
