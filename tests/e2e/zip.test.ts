/**
 * `npm run zip` makes what the stores accept: the Chrome Web Store zip, the Firefox Add-ons zip
 * and the sources zip Mozilla's review asks for, named with package.json's version.
 *
 * One `npm run zip` into a temporary folder, then:
 * - the store zips hold exactly the built extension (no source maps, tests or fixtures);
 * - the sources zip holds what builds it and nothing a build or test run writes, and a clean
 *   folder made from it builds the same Firefox extension, file for file;
 * - the Firefox zip passes `web-ext lint` with 0 errors;
 * - the Chrome zip, unzipped, loads in Chromium and highlights a page.
 *
 * The clean folder borrows this checkout's node_modules (the zip's package.json and lock file are
 * checked to be this checkout's, so `npm ci` would install the same tree) to keep CI quick; set
 * SOURCELIGHT_ZIP_NPM_CI=1 to run the README's `npm ci` there instead (about 2.5 minutes more).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT } from './support/chromium';
import { highlightedTexts } from './support/page-helpers';
import { serveFixtures } from './support/server';

const run = promisify(execFile);
const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

/** What a store must not get: source maps, tests, fixtures, TypeScript sources. */
const NOT_FOR_STORES = /\.map$|(^|\/)(tests?|fixtures|__tests__)\/|\.(test|spec)\.|\.tsx?$/;
/** What the sources zip must not hold: installed packages, build and test output, tests. */
const NOT_IN_SOURCES =
  /^(node_modules|\.output[^/]*|\.wxt|test-results|tests|eval|bench)\/|\/node_modules\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)fixtures\/|^data\/sourcelight-.*\.json$/;

describe('npm run zip', () => {
  let work: string;
  let out: string;
  const zips: Record<'chrome' | 'firefox' | 'sources', Map<string, Buffer>> = {
    chrome: new Map(),
    firefox: new Map(),
    sources: new Map(),
  };
  let zipNames: string[];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'sourcelight-zip-'));
    out = join(work, 'out');
    await run('npm', ['run', 'zip'], {
      cwd: ROOT,
      env: { ...userEnv(), WXT_OUT_DIR: out },
      maxBuffer: 64 * 1024 * 1024,
    });
    zipNames = (await readdir(out)).filter((f) => f.endsWith('.zip')).sort();
    for (const kind of ['chrome', 'firefox', 'sources'] as const) {
      const file = join(out, `sourcelight-${version}-${kind}.zip`);
      zips[kind] = readZip(await readFile(file).catch(() => Buffer.alloc(0)));
    }
  }, 600_000);
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("names the three zips with package.json's version, the manifests' version too", () => {
    expect(zipNames).toEqual([
      `sourcelight-${version}-chrome.zip`,
      `sourcelight-${version}-firefox.zip`,
      `sourcelight-${version}-sources.zip`,
    ]);
    for (const kind of ['chrome', 'firefox'] as const) {
      const manifest = JSON.parse(zips[kind].get('manifest.json')?.toString() ?? '{}');
      expect(manifest.version, kind).toBe(version);
    }
  });

  it('puts exactly the built extension in each store zip: no source maps, tests or fixtures', async () => {
    for (const [kind, dir] of [
      ['chrome', 'chrome-mv3'],
      ['firefox', 'firefox-mv2'],
    ] as const) {
      const names = [...zips[kind].keys()].sort();
      expect(
        names.filter((n) => NOT_FOR_STORES.test(n)),
        kind,
      ).toEqual([]);
      expect(names, kind).toEqual(await listFiles(join(out, dir)));
      expect(names).toEqual(
        expect.arrayContaining(['manifest.json', 'background.js', 'sourcelight-corpus.json']),
      );
    }
  });

  it('puts the sources in the sources zip, and nothing installed, built or only for tests', async () => {
    const names = [...zips.sources.keys()];
    expect(names.filter((n) => NOT_IN_SOURCES.test(n))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        'wxt.config.ts',
        'tsconfig.json',
        'README.md',
        'modules/corpus.ts',
        'tools/compile-seeds.ts',
        'entrypoints/background.ts',
        'data/terms.json',
      ]),
    );
    const seeds = (await readdir(join(ROOT, 'seeds'))).map((f) => `seeds/${f}`);
    expect(names).toEqual(expect.arrayContaining(seeds));
    // The same package set as this checkout, so `npm ci` there installs what built the zips.
    for (const file of ['package.json', 'package-lock.json'])
      expect(zips.sources.get(file)?.equals(await readFile(join(ROOT, file))), file).toBe(true);
  });

  it('rebuilds the same Firefox extension from the sources zip in a clean folder', async () => {
    const clean = join(work, 'from-sources');
    await extract(zips.sources, clean);
    // The README's commands as a reviewer runs them: the default output folder.
    const options = { cwd: clean, env: userEnv(), maxBuffer: 64 * 1024 * 1024 };
    if (process.env.SOURCELIGHT_ZIP_NPM_CI === '1')
      await run('npm', ['ci', '--no-audit', '--no-fund'], options);
    else {
      await symlink(join(ROOT, 'node_modules'), join(clean, 'node_modules'), 'dir');
      await run('npx', ['wxt', 'prepare'], options); // npm ci's postinstall
    }
    await run('npm', ['run', 'build:firefox'], options);
    const built = join(clean, '.output/firefox-mv2');
    const builtNames = await listFiles(built);
    expect(builtNames).toEqual([...zips.firefox.keys()].sort());
    const differing: string[] = [];
    for (const name of builtNames)
      if (!(await readFile(join(built, name))).equals(zips.firefox.get(name)!))
        differing.push(name);
    expect(differing).toEqual([]);
  }, 300_000);

  it('passes web-ext lint with 0 errors on the Firefox zip', async () => {
    const dir = join(work, 'firefox-unzipped');
    await extract(zips.firefox, dir);
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      summary: { errors: number };
      errors: Array<{ code: string; message: string; file?: string }>;
    };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  it('loads the Chrome zip, unzipped, in Chromium and highlights a page', async () => {
    const dir = join(work, 'chrome-unzipped');
    await extract(zips.chrome, dir);
    const server = await serveFixtures();
    const ext = await launchExtension({ extensionDir: dir });
    try {
      const page = await ext.context.newPage();
      await page.goto(server.url('/article.html'));
      // Polled: after the first slice, ranges reach the page in batches (a loaded machine once
      // painted the heading's "Kazakhstan" alone first).
      await expect
        .poll(async () => (await highlightedTexts(page)).map((h) => h.text), { timeout: 15_000 })
        .toEqual(expect.arrayContaining([expect.stringMatching(/Tokayev/)]));
    } finally {
      await ext.close();
      await server.close();
    }
  });
});

/**
 * The environment a person's shell would give npm: without what Vitest sets (NODE_ENV=test makes
 * a different build) or the folders the test run chose.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env))
    if (/^(NODE_ENV|TEST|VITEST.*|WXT_OUT_DIR|SOURCELIGHT_SEEDS|SOURCELIGHT_OUT)$/.test(name))
      delete env[name];
  return env;
}

/** Every file under dir, as zip-style relative paths, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

async function extract(entries: Map<string, Buffer>, dir: string): Promise<void> {
  for (const [name, data] of entries) {
    const target = join(dir, name);
    if (relative(dir, target).startsWith('..')) throw new Error(`zip entry outside: ${name}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
  }
}

/**
 * The files in a zip (stored or deflated, as WXT writes them), read from its central directory.
 * Written here because no zip reader is a dependency and CI machines may lack `unzip`.
 */
function readZip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return files;
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (name.endsWith('/')) continue; // a folder entry
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`${name}: zip method ${method}`);
    files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
  }
  return files;
}
