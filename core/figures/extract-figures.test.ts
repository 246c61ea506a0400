import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile';
import { slugify } from '../text/normalize';
import type { CompiledCorpus, SeedFile } from '../types';

const encoder = new TextEncoder();
function seed(name: string, text: string): SeedFile {
  return { name, bytes: encoder.encode(text) };
}

const EVENT = 'January events';
const EVENT_ID = slugify(EVENT);

/** Three sources on one event, written for this test: each states the death toll differently, at a different date. */
const FILES = [
  seed(
    'a-vienna.md',
    `---
title: Statement in Vienna
publisher: Embassy
date: 2022-03-07
---
The minister spoke about the situation in the country and about the reforms that the government plans for the coming year.

The January events started as peaceful protests on January 2, 2022 in the west. Separately, the currency lost 15 percent of its value.

The minister said that armed groups had hijacked the protests and that law enforcement had restored order in all regions.

Nevertheless, the events resulted in the death of 238 people, including 19 police officers. The president ordered the investigation of 3,600 criminal cases.
`,
  ),
  seed(
    'b-brussels.md',
    `---
title: Borrell calls for restraint
publisher: EU Reporter
date: 2022-01-09
---
More than 160 people were killed and 5,000 arrested after the riots that shook the country. Officials put property damage at about 175 million euros ($198m) after the violence.
`,
  ),
  seed(
    'c-two-years.md',
    `---
title: Two years after the January events
publisher: Euractiv
date: 2024-01-02
---
Two years after the unrest of January 2022 that resulted in about 200 deaths, the president gave his most detailed account so far.

He said the amnesty was applied to 1,095 citizens out of 1,205 previously convicted, and that the organisers would serve their sentences.
`,
  ),
];

function compile(files = FILES): CompiledCorpus {
  return compileCorpus({
    files,
    curated: {
      aliases: [{ name: EVENT, kind: 'event', variants: ['January events'] }],
      exclude: [],
    },
  }).corpus;
}

function groupOf(corpus: CompiledCorpus, measure: string, subject?: string) {
  const byId = new Map(corpus.figures.map((f) => [f.id, f]));
  return corpus.figureGroups
    .filter((g) => g.measure === measure && g.termIds.includes(EVENT_ID))
    .map((g) => ({ ...g, figures: g.figureIds.map((id) => byId.get(id)!) }))
    .find((g) => g.figures[0]!.subject === subject);
}

describe('extractFigures over small articles', () => {
  const corpus = compile();

  it('puts the three death tolls of one event side by side, flagged, oldest first', () => {
    const group = groupOf(corpus, 'killed');
    expect(group?.isDisagreement).toBe(true);
    expect(group?.figures.map((f) => [f.quote, f.articleId, f.statedOn])).toEqual([
      ['More than 160 people were killed', 'b-brussels', '2022-01-09'],
      ['death of 238 people', 'a-vienna', '2022-03-07'],
      ['about 200 deaths', 'c-two-years', '2024-01-02'],
    ]);
    // How each was tied to the event: the source's date, an earlier passage, the title.
    expect(group?.figures.map((f) => f.eventBasis)).toEqual(['date', 'context', 'context']);
  });

  it('keeps a narrower count (security forces) out of the total', () => {
    const group = groupOf(corpus, 'killed', 'security-forces');
    expect(group?.figures.map((f) => f.value)).toEqual([19]);
    expect(group?.isDisagreement).toBe(false);
  });

  it('ties arrests, damage, cases and amnesties to the event too', () => {
    expect(groupOf(corpus, 'detained')?.figures.map((f) => f.value)).toEqual([5000]);
    expect(groupOf(corpus, 'criminal-cases')?.figures.map((f) => f.value)).toEqual([3600]);
    expect(groupOf(corpus, 'amnestied')?.figures.map((f) => f.value)).toEqual([1095]);
    expect(groupOf(corpus, 'money', 'damage')?.figures.map((f) => [f.value, f.unit])).toEqual([
      [175e6, 'EUR'],
    ]);
  });

  it('reads the event date from two sources at different precision without flagging them', () => {
    const group = groupOf(corpus, 'event-date');
    expect(group?.figures.map((f) => f.eventDate)).toEqual(['2022-01-02', '2022-01']);
    expect(group?.isDisagreement).toBe(false);
  });

  it('leaves a figure about something else unattached', () => {
    const percent = corpus.figures.find((f) => f.measure === 'percent');
    // Its passage names the event, but its sentence neither names nor refers to it.
    expect(percent?.termIds).not.toContain(EVENT_ID);
    expect(percent?.eventId).toBeUndefined();
    const group = corpus.figureGroups.find((g) => g.figureIds.includes(percent!.id));
    expect(group?.termIds).not.toContain(EVENT_ID);
  });

  it('does not attach by date when the source is not within a month after the event', () => {
    const late = seed(
      'b-brussels.md',
      `---
title: Borrell calls for restraint
date: 2022-06-09
---
More than 160 people were killed and 5,000 arrested after the riots that shook the country.
`,
    );
    const other = compile([FILES[0]!, late, FILES[2]!]);
    const f160 = other.figures.find((f) => f.value === 160);
    expect(f160?.eventId).toBeUndefined();
    expect(groupOf(other, 'killed')?.figures.map((f) => f.value)).toEqual([238, 200]);
  });

  it('gives every figure a quote from its passage and a group', () => {
    const passages = new Map(corpus.passages.map((p) => [p.id, p.text]));
    const grouped = new Set(corpus.figureGroups.flatMap((g) => g.figureIds));
    for (const f of corpus.figures) {
      expect(passages.get(f.passageId)).toContain(f.quote);
      expect(grouped.has(f.id)).toBe(true);
    }
  });

  it('ties figures to an event name written in lower case, but not a later event of its own or a loose "events"', () => {
    const file = seed(
      'd-interview.md',
      `---
title: Two years after the tragic january events, an interview
date: 2024-01-05
---
Two years after the unrest of January 2022 that resulted in 200 deaths, the president looked back at what had happened in the country.

A milestone in the reforms was the constitutional referendum of June 2022, which changed how the parliament is elected.

Memoirs are important because even if there is only 50% of truth in them, this is enough to imagine the scale of historical events.

Officials in the capital now refer to the whole week of violence as the Tragic January, a name that the opposition rejects.
`,
    );
    const corpus = compileCorpus({
      files: [file],
      curated: {
        aliases: [{ name: 'Tragic January', kind: 'event', variants: ['January events'] }],
        exclude: [],
      },
    }).corpus;
    const event = slugify('Tragic January');
    const eventOf = (quote: string) => corpus.figures.find((f) => f.quote === quote)?.eventId;
    expect(eventOf('200 deaths')).toBe(event);
    expect(eventOf('unrest of January 2022')).toBe(event);
    expect(corpus.figures.some((f) => f.quote === 'referendum of June 2022')).toBe(false);
    expect(eventOf('50%')).toBeUndefined();
  });
});
