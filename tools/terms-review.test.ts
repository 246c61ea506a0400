/**
 * `npm run terms:review` on a temp copy of seeds/ and data/terms.json (never
 * the real file): each command changes the curated file as intended, and the
 * decision holds when the sources are compiled again.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CuratedTerms } from '../core/terms/curated';
import type { ReviewItem } from '../core/terms/review';
import type { DictionaryEntry } from '../core/types';
import { compileSeedDir } from './compile-seeds';
import { runTermsReview } from './terms-review';

const ROOT = resolve(import.meta.dirname, '..');
let dir: string;
let curatedPath: string;
let original: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sl-review-'));
  await cp(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  original = await readFile(join(ROOT, 'data/terms.json'), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  curatedPath = join(dir, 'terms.json');
  await cp(join(ROOT, 'data/terms.json'), curatedPath);
});

async function review(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTermsReview([...argv, '--curated', curatedPath], {
    cwd: dir,
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function curated(): Promise<CuratedTerms> {
  return JSON.parse(await readFile(curatedPath, 'utf8')) as CuratedTerms;
}

/** The dictionary a rebuild gives with the curated file as it now is. */
async function rebuild(): Promise<DictionaryEntry[]> {
  return (await compileSeedDir({ seedsDir: join(dir, 'seeds'), curatedPath })).dictionary.terms;
}

const holder = (terms: DictionaryEntry[], name: string) =>
  terms.find((t) => t.variants.some((v) => v.toLowerCase() === name.toLowerCase()));

describe('terms:review', { timeout: 60_000 }, () => {
  it('lists terms weakest first, leaving out what the curator decided unless --all', async () => {
    const listed = await review('--json', '--limit', '0');
    expect(listed.code).toBe(0);
    const { items, proposals } = JSON.parse(listed.out) as {
      items: ReviewItem[];
      proposals: unknown[];
    };
    expect(items.length).toBeGreaterThan(50);
    expect(Array.isArray(proposals)).toBe(true);
    const scores = items.map((i) => i.confidence);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(items.some((i) => i.name === 'Astana')).toBe(false); // an alias names it
    for (const i of items) {
      expect(i.contexts.length).toBeGreaterThan(0);
      expect(i.contexts.length).toBeLessThanOrEqual(3);
    }
    const all = JSON.parse((await review('--json', '--all', '--limit', '0')).out) as {
      items: ReviewItem[];
    };
    expect(all.items.find((i) => i.name === 'Astana')?.curatedBy).toBe('alias');

    const text = await review('--limit', '2');
    expect(text.out).toMatch(/^\d+ of \d+ terms to review/u);
    expect(text.out).toMatch(/… \d+ more \(--limit N, or --limit 0 for all\)/u);
    expect(text.out).toContain('Proposed merges');
  });

  it('reject: the term and its names are excluded, and gone after a rebuild', async () => {
    const r = await review('reject', 'Constitution');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('+ exclude "Constitution"');
    expect(r.out).toContain('Now in the dictionary: no name "Constitution".');
    expect((await curated()).exclude).toContain('Constitution');
    expect(holder(await rebuild(), 'Constitution')).toBeUndefined();
  });

  it('reject a variant: the term stays without it after a rebuild', async () => {
    const r = await review('reject', 'Nur-Sultan');
    expect(r.code).toBe(0);
    expect((await curated()).exclude).toContain('Nur-Sultan');
    const terms = await rebuild();
    expect(holder(terms, 'Nur-Sultan')).toBeUndefined();
    expect(holder(terms, 'Astana')?.name).toBe('Astana');
  });

  it('kind: the term is a place after a rebuild', async () => {
    const r = await review('kind', 'Akorda', 'place');
    expect(r.code).toBe(0);
    expect((await curated()).kinds?.Akorda).toBe('place');
    expect(holder(await rebuild(), 'Akorda')?.kind).toBe('place');
  });

  it('merge: one term holds both names after a rebuild', async () => {
    const r = await review('merge', 'Almaty', 'Almaty Region');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dictionary: 1 merged (Almaty Region → Almaty)');
    // The curated file may already hold an Almaty alias (other spellings): the merge adds to it.
    expect((await curated()).aliases).toContainEqual({
      name: 'Almaty',
      kind: 'place',
      variants: expect.arrayContaining(['Almaty Region']),
    });
    const merged = holder(await rebuild(), 'Almaty Region');
    expect(merged?.name).toBe('Almaty');
    expect(merged?.variants).toEqual(expect.arrayContaining(['Almaty', 'Almaty Region']));
  });

  it('merge --as: the merged term takes the name given', async () => {
    expect((await review('merge', 'Almaty', 'Almaty Region', '--as', 'Almaty City')).code).toBe(0);
    expect(holder(await rebuild(), 'Almaty Region')?.name).toBe('Almaty City');
  });

  it('rename: the new name is canonical, the old one a variant', async () => {
    expect((await review('rename', 'EURACTIV', 'Euractiv')).code).toBe(0);
    const t = holder(await rebuild(), 'EURACTIV');
    expect(t?.name).toBe('Euractiv');
    expect(t?.variants).toContain('EURACTIV');
  });

  it('accept: the name is recorded and no longer listed', async () => {
    expect((await review('accept', 'Facebook')).code).toBe(0);
    expect((await curated()).accepted).toEqual(['Facebook']);
    const { items } = JSON.parse((await review('--json', '--limit', '0')).out) as {
      items: ReviewItem[];
    };
    expect(items.some((i) => i.name === 'Facebook')).toBe(false);
  });

  it('writes JSON.stringify(x, null, 2) with a newline, keeping the field order', async () => {
    await review('kind', 'Akorda', 'place');
    await review('accept', 'Facebook');
    const text = await readFile(curatedPath, 'utf8');
    const value = JSON.parse(text) as CuratedTerms;
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    const before = Object.keys(JSON.parse(original) as object);
    expect(Object.keys(value).slice(0, before.length)).toEqual(before);
    expect(Object.keys(value.kinds ?? {}).slice(0, -1)).toEqual(
      Object.keys((JSON.parse(original) as CuratedTerms).kinds ?? {}),
    );
  });

  it('a decision made twice changes nothing the second time', async () => {
    await review('reject', 'Constitution');
    const once = await readFile(curatedPath, 'utf8');
    const again = await review('reject', 'Constitution');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Nothing to change in .*: already decided\./u);
    expect(await readFile(curatedPath, 'utf8')).toBe(once);
  });

  const failures: Array<[string, string[], RegExp]> = [
    ['an unknown name', ['reject', 'Akordaa'], /^terms:review: no term "Akordaa" .*close: Akorda/u],
    ['an unknown kind', ['kind', 'Akorda', 'building'], /^terms:review: "building" is not a kind/u],
    ['an unknown command', ['approve', 'Akorda'], /^terms:review: unknown command "approve"/u],
    ['a missing name', ['merge', 'Almaty'], /^terms:review: merge takes two names/u],
    ['--as without merge', ['reject', 'Akorda', '--as', 'X'], /--as goes with merge only/u],
    ['a bad --limit', ['--limit', 'ten'], /--limit takes a whole number/u],
  ];
  it.each(failures)(
    'fails on %s: one line, non-zero exit, file untouched',
    async (_l, argv, re) => {
      const r = await review(...argv);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(re);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(await readFile(curatedPath, 'utf8')).toBe(original);
    },
  );
});
