// The e2e fixture server must answer a request it cannot decode instead of throwing inside
// Node's request handler, where the rejection goes unhandled and ends the whole test run.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../e2e/support/server';

/** Status of a raw GET (fetch would normalise the path before sending it). */
function statusOf(origin: string, path: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request(`${origin}${path}`, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('fixture server', () => {
  let server: FixtureServer | undefined;
  afterEach(async () => server?.close());

  it('answers 400 to a path with a malformed %-escape, and keeps serving', async () => {
    server = await serveFixtures({ '/ok': 'fine' });
    expect(await statusOf(server.origin, '/%E0%A4%A')).toBe(400);
    expect(await statusOf(server.origin, '/ok')).toBe(200);
  });
});
