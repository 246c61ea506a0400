/**
 * Figures over the real seeds, through the real pipeline (parse, terms,
 * related, figures). Lives here, not in core/, because it reads files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCorpus } from '../../core/compile';
import type { CompiledCorpus, Figure } from '../../core/types';
import { readCurated, readSeedDir } from '../../tools/compile-seeds';

let corpus: CompiledCorpus;
beforeAll(async () => {
  const files = await readSeedDir('seeds');
  corpus = compileCorpus({ files, curated: await readCurated('data/terms.json') }).corpus;
});

const VIENNA = '000_cd704f06db110e0a';
const EURACTIV = '004_72fd9320b8cec30d';
const BRUSSELS_ARCHIVE = '002_472fabed30c59696';

function find(predicate: (f: Figure) => boolean): Figure {
  const found = corpus.figures.filter(predicate);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('figures in the seeds', () => {
  it('puts the three death tolls of the January 2022 events side by side and flags them', () => {
    const f238 = find((f) => f.articleId === VIENNA && f.measure === 'killed' && f.value === 238);
    const f200 = find((f) => f.articleId === EURACTIV && f.measure === 'killed' && f.value === 200);
    const f160 = find(
      (f) => f.articleId.startsWith(BRUSSELS_ARCHIVE) && f.measure === 'killed' && f.value === 160,
    );
    expect(f160).toMatchObject({
      qualifier: 'more-than',
      quote: 'More than 160 people were killed',
    });
    expect(f160.statedOn).toBe('2022-01-09');
    expect(f238.statedOn).toBe('2022-03-07'); // from the text: the source has no date line

    const group = corpus.figureGroups.find((g) => g.figureIds.includes(f238.id));
    expect(group?.figureIds).toEqual(expect.arrayContaining([f238.id, f200.id, f160.id]));
    expect(group?.isDisagreement).toBe(true);
    const event = corpus.terms.find((t) => t.id === group?.termIds[0]);
    expect(event?.kind).toBe('event');
    expect(event?.name).toMatch(/January/u);
  });

  it('finds criminal cases, arrests and damage', () => {
    expect(find((f) => f.measure === 'criminal-cases' && f.value === 3600).quote).toBe(
      '3,600 criminal cases',
    );
    expect(find((f) => f.measure === 'detained' && f.value === 5000).quote).toBe('5,000 arrested');
    expect(find((f) => f.measure === 'money' && f.unit === 'EUR')).toMatchObject({
      value: 175e6,
      qualifier: 'about',
      quote: 'about 175 million euros',
    });
  });

  it('reads no year as a count, and quotes every figure from its passage', () => {
    const passages = new Map(corpus.passages.map((p) => [p.id, p.text]));
    for (const f of corpus.figures) {
      expect(passages.get(f.passageId)).toContain(f.quote);
      if (f.measure !== 'event-date')
        expect(f.value < 1900 || f.value > 2100 || f.unit).toBeTruthy();
    }
  });

  it('groups every figure, and no group mixes measures', () => {
    const byId = new Map(corpus.figures.map((f) => [f.id, f]));
    const grouped = corpus.figureGroups.flatMap((g) => g.figureIds);
    expect(new Set(grouped).size).toBe(corpus.figures.length);
    for (const g of corpus.figureGroups)
      for (const id of g.figureIds) expect(byId.get(id)?.measure).toBe(g.measure);
  });
});
