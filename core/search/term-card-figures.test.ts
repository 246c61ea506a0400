import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile';
import { slugify } from '../text/normalize';
import type { SeedFile } from '../types';
import { loadCorpus } from './service';
import { buildTermCard, CARD_FIGURE_GROUPS, figureGroupsFor } from './term-card';

const encoder = new TextEncoder();
const seed = (name: string, text: string): SeedFile => ({ name, bytes: encoder.encode(text) });

const FILES = [
  seed(
    'vienna.md',
    `---
title: Statement in Vienna
date: 2022-03-07
---
The minister Roman Vassilenko spoke about the January events and the reforms that the government plans for the coming year.

Nevertheless, the events resulted in the death of 238 people. President Tokayev ordered the investigation of 3,600 criminal cases.
`,
  ),
  seed(
    'brussels.md',
    `---
title: More on the January events
date: 2022-01-09
---
The January events shook the country. Officials say that more than 160 people were killed and 5,000 arrested after the riots.
`,
  ),
];

function load() {
  const { corpus } = compileCorpus({
    files: FILES,
    curated: {
      aliases: [
        { name: 'January events', kind: 'event' },
        { name: 'Kassym-Jomart Tokayev', kind: 'person', variants: ['Tokayev'] },
      ],
      exclude: [],
    },
  });
  return loadCorpus(corpus);
}

describe('figures in the card', () => {
  const loaded = load();

  it("shows the event's death tolls with their sources and dates, flagged", () => {
    const card = buildTermCard(loaded, slugify('January events'))!;
    const killed = card.figureGroups.find((g) => g.measure === 'killed');
    expect(card.figureGroups[0]).toBe(killed); // sources differ: shown first
    expect(killed?.isDisagreement).toBe(true);
    expect(killed?.figures.map((f) => [f.quote, f.article.title, f.statedOn])).toEqual([
      ['more than 160 people were killed', 'More on the January events', '2022-01-09'],
      ['death of 238 people', 'Statement in Vienna', '2022-03-07'],
    ]);
  });

  it("shows a person the groups of figures whose sentence names them, after the term's own", () => {
    const tokayev = loaded.termById.get(slugify('Kassym-Jomart Tokayev'))!;
    const groups = figureGroupsFor(loaded, tokayev);
    expect(groups.map((g) => g.measure)).toEqual(['criminal-cases']);
    expect(groups[0]!.figures[0]!.quote).toBe('3,600 criminal cases');
  });

  it('shows nothing for a term no figure concerns', () => {
    const vassilenko = [...loaded.termById.values()].find((t) => t.name.includes('Vassilenko'));
    expect(vassilenko).toBeDefined();
    expect(figureGroupsFor(loaded, vassilenko!)).toEqual([]);
  });

  it(`caps the list at ${CARD_FIGURE_GROUPS}`, () => {
    const many = {
      ...loaded,
      corpus: {
        ...loaded.corpus,
        figureGroups: Array.from({ length: CARD_FIGURE_GROUPS + 3 }, (_, i) => ({
          id: `g${i}`,
          measure: 'killed',
          termIds: ['x'],
          figureIds: [],
          isDisagreement: false,
        })),
      },
    };
    const term = { ...loaded.termById.get(slugify('January events'))!, id: 'x' };
    expect(figureGroupsFor(many, term)).toHaveLength(CARD_FIGURE_GROUPS);
  });
});
