import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile';
import { parseSeedFiles } from './parse-seed';
import {
  MAX_PACK_SOURCE_CHARS,
  PACK_VERSION,
  packSeedFiles,
  parsePackText,
  readPack,
  writePack,
  type PackSource,
} from './pack';
import { SeedError } from './seed-error';

const SOURCES: PackSource[] = [
  {
    file: 'address.md',
    text: '---\npublisher: Akorda\ndate: 2022-01-07\n---\n# Tokayev addresses the nation\n\nPresident Kassym-Jomart Tokayev said order had been restored in Almaty.\n',
    origin: 'page',
    addedAt: '2026-11-30T09:12:00.000Z',
  },
  {
    file: 'csto.txt',
    text: 'CSTO troops leave Kazakhstan\n\nThe Collective Security Treaty Organization (CSTO) began to withdraw its troops on 13 January 2022.\n',
  },
];
const PACK = {
  format: 'sourcelight-pack',
  version: 1,
  name: 'KZ',
  createdAt: '',
  sources: SOURCES,
};

/** The reason a pack is refused, or null when it is read. */
function refusal(data: unknown): string | null {
  try {
    readPack('x.pack.json', data);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return (error as SeedError).message;
  }
}

describe('source packs', () => {
  it('round-trips: what writePack writes, parsePackText reads back unchanged', () => {
    const text = writePack({ name: 'KZ', sources: SOURCES, createdAt: new Date(0) });
    const pack = parsePackText('kz.pack.json', text);
    expect(pack.version).toBe(PACK_VERSION);
    expect(pack.name).toBe('KZ');
    expect(pack.createdAt).toBe('1970-01-01T00:00:00.000Z');
    expect(pack.sources).toEqual(SOURCES);
  });

  it('gives the compiler the same articles as the same files in seeds/', () => {
    const pack = readPack('kz.pack.json', PACK);
    const fromPack = parseSeedFiles(packSeedFiles('kz.pack.json', pack));
    const fromSeeds = parseSeedFiles(
      SOURCES.map((s) => ({ name: s.file, bytes: new TextEncoder().encode(s.text) })),
    );
    const strip = (a: (typeof fromPack)[number]) => ({ ...a, file: '' });
    expect(fromPack.map(strip)).toEqual(fromSeeds.map(strip));
    expect(fromPack.map((a) => a.id)).toEqual(['address', 'csto']);
    const compiled = compileCorpus({
      files: packSeedFiles('kz.pack.json', pack),
      curated: { aliases: [], exclude: [] },
    });
    expect(compiled.dictionary.terms.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Kassym-Jomart Tokayev', 'Collective Security Treaty Organization']),
    );
  });

  it('names the pack and the source when a source inside it is malformed', () => {
    const pack = readPack('kz.pack.json', {
      ...PACK,
      sources: [{ file: 'bad.md', text: '---\ndate: 2022-01-07\n' }],
    });
    expect(() => parseSeedFiles(packSeedFiles('kz.pack.json', pack))).toThrow(
      /^kz\.pack\.json\/bad\.md/u,
    );
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', [1, 2], /not a Sourcelight pack \(not a JSON object\)/u],
    ['another format', { ...PACK, format: 'zotero-rdf' }, /"format" is "zotero-rdf"/u],
    ['no format', { sources: SOURCES }, /"format" is missing/u],
    ['a newer version', { ...PACK, version: 7 }, /newer Sourcelight \(pack version 7.*update/u],
    ['a version that is not a number', { ...PACK, version: '1' }, /not a version number/u],
    ['no sources', { ...PACK, sources: [] }, /no sources/u],
    ['sources not a list', { ...PACK, sources: {} }, /"sources" is not a list/u],
    ['a source not an object', { ...PACK, sources: ['x'] }, /source 1 is not an object/u],
    [
      'a path in a file name',
      { ...PACK, sources: [{ file: '../../etc/passwd.txt', text: 'x' }] },
      /source 1: file name .* not a plain \.txt or \.md file name/u,
    ],
    ['a hidden file', { ...PACK, sources: [{ file: '.x.txt', text: 'x' }] }, /not a plain/u],
    ['another extension', { ...PACK, sources: [{ file: 'a.html', text: 'x' }] }, /not a plain/u],
    [
      'a name twice',
      { ...PACK, sources: [SOURCES[1], { ...SOURCES[1], file: 'CSTO.txt' }] },
      /source 2: file name "CSTO.txt" appears twice/u,
    ],
    [
      'text not a string',
      { ...PACK, sources: [{ file: 'a.txt', text: 3 }] },
      /\(a\.txt\): "text" is not text/u,
    ],
    ['empty text', { ...PACK, sources: [{ file: 'a.txt', text: ' \n' }] }, /the text is empty/u],
    [
      'too long a text',
      { ...PACK, sources: [{ file: 'a.txt', text: 'a'.repeat(MAX_PACK_SOURCE_CHARS + 1) }] },
      /more than a source may hold/u,
    ],
    [
      'an unknown origin',
      { ...PACK, sources: [{ ...SOURCES[1], origin: 'cloud' }] },
      /origin "cloud" is not one of/u,
    ],
    [
      'a bad addedAt',
      { ...PACK, sources: [{ ...SOURCES[1], addedAt: 'yesterday' }] },
      /addedAt "yesterday" is not a date/u,
    ],
  ])('refuses %s, saying why', (_, data, reason) => {
    expect(refusal(data)).toMatch(reason);
  });

  it('refuses text that is not JSON, with the parser position', () => {
    expect(() => parsePackText('x.pack.json', '{"format": "sourcelight-pack",')).toThrow(
      /^x\.pack\.json: not a Sourcelight pack \(not valid JSON: /u,
    );
  });

  it('never throws anything but a SeedError, and never returns a partial pack', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        try {
          const pack = readPack('f.pack.json', data);
          expect(pack.sources.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(SeedError);
        }
      }),
    );
  });
});
