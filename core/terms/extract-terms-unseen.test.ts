/**
 * One case per failure class seen when the compiler met articles it was not
 * tuned on (issue 10). The texts are made up here, in the shapes the real
 * articles had; the real articles are scored by `npm run eval:compiler`.
 */
import { describe, expect, it } from 'vitest';
import type { Term } from '../types';
import { article } from './test-article';
import { extractTerms } from './extract-terms';

function extract(...paragraphs: string[]): Term[] {
  return extractTerms({
    articles: [article('a', ...paragraphs)],
    curated: { aliases: [], exclude: [] },
  });
}

const names = (terms: Term[]) => terms.map((t) => t.name);
const kindOf = (terms: Term[], name: string) => terms.find((t) => t.name === name)?.kind;
const allForms = (terms: Term[]) => terms.flatMap((t) => t.variants);

describe('titles and roles are not part of names', () => {
  it.each([
    ['Deputy Prime Minister Jane Doe arrived in Nairobi on Monday.', 'Jane Doe'],
    ['The Prosecutor General Ivan Petrov opened a case on Friday.', 'Ivan Petrov'],
    ['Acme CEO John Roe apologised to customers.', 'John Roe'],
    ['Transportation Secretary Pete Buttigieg called it unacceptable.', 'Pete Buttigieg'],
    ['The statement by Col Muammar Gaddafi was read aloud.', 'Muammar Gaddafi'],
    ['Billionaire Elon Musk replied on the platform.', 'Elon Musk'],
  ])('%s -> %s', (text, name) => {
    const terms = extract(text);
    expect(names(terms)).toContain(name);
    for (const form of allForms(terms))
      expect(form).not.toMatch(/Minister|Prosecutor|CEO|Secretary|Col |Billionaire/u);
  });

  it('a role alone is never a term', () => {
    const terms = extract(
      'The Chief Executive said the Chief Operating Officer and the Board of Directors would decide.',
      'The CEO of Acme and the Attorney General met the Prime Cabinet Secretary.',
    );
    for (const form of allForms(terms))
      expect(form).not.toMatch(/Chief|Officer|Board|Attorney|Secretary|CEO/u);
  });
});

describe('names joined by "and" and first-name references', () => {
  it('two people joined by "and" are two terms', () => {
    const terms = extract('Jane Doe and John Roe met in Geneva on Tuesday to sign it.');
    expect(names(terms)).toEqual(expect.arrayContaining(['Jane Doe', 'John Roe']));
    expect(names(terms)).not.toContain('Jane Doe and John Roe');
  });

  it('a first name used after the full name is neither a term nor a variant', () => {
    const terms = extract(
      'Jane Doe arrived in Geneva on Tuesday. Doe spoke first.',
      'Later, Jane said that the talks had gone well, and Jane Doe left.',
    );
    expect(names(terms)).toContain('Jane Doe');
    expect(allForms(terms)).not.toContain('Jane');
  });
});

describe('apostrophes, particles and longer names', () => {
  it('keeps O’Brien whole and makes no single-letter form', () => {
    const terms = extract("Adam O'Brien told reporters in Dublin that he would stay.");
    expect(names(terms)).toContain("Adam O'Brien");
    for (const form of allForms(terms)) expect(form.length).toBeGreaterThan(1);
  });

  it.each([
    ['He told The New York Times that it was over.', 'New York Times'],
    ['The mayor flew to New Delhi on Friday.', 'New Delhi'],
    ['Protesters gathered on Ala-Too Square in the evening.', 'Ala-Too Square'],
    ['Spain, coached by Luis de la Fuente, won again.', 'Luis de la Fuente'],
    ['The mayor, Abdul Moneim al-Ghaithi, was detained.', 'Abdul Moneim al-Ghaithi'],
  ])('%s -> %s', (text, name) => {
    expect(names(extract(text))).toContain(name);
  });

  it('merges a spelled-out organisation with the acronym after it', () => {
    const terms = extract(
      'The Kenya National Commission on Human Rights (KNCHR) counted the dead.',
      'The KNCHR said more were missing.',
    );
    const t = terms.find((x) => x.variants.includes('KNCHR'));
    expect(t?.name).toBe('Kenya National Commission on Human Rights');
  });
});

describe('common words and abbreviations are not names', () => {
  it('drops AI, plural acronyms, demonyms and directions', () => {
    const terms = extract(
      'Local GPs said AI tools failed, and several MPs agreed in Nairobi.',
      'Tajik and Uzbek workers joined Kenyan colleagues in the West.',
    );
    for (const form of ['AI', 'GPs', 'GP', 'MPs', 'Tajik', 'Uzbek', 'Kenyan', 'West'])
      expect(allForms(terms)).not.toContain(form);
  });

  it('drops scores, money and formulas', () => {
    const terms = extract(
      'France 2-1 was the score in Munich. It cost Rs 615 crore, about the price of H2O.',
    );
    expect(allForms(terms)).not.toContain('France 2-1');
    expect(allForms(terms)).not.toContain('Rs 615');
    expect(allForms(terms)).not.toContain('H2O');
    expect(names(terms)).toContain('France');
  });
});

describe('kinds from evidence', () => {
  it.each([
    [
      'CrowdStrike, a cybersecurity company, apologised for the update.',
      'CrowdStrike',
      'organisation',
    ],
    ['Water from the Masinga Dam reached the town.', 'Masinga Dam', 'place'],
    ['Boats crossed the Tana River at night.', 'Tana River', 'place'],
    ['Storm Daniel hit the coast on Sunday.', 'Storm Daniel', 'event'],
    ['Fans in Berlin watched Euro 2024 on big screens.', 'Euro 2024', 'event'],
    ['Officials in Narok said the road was closed.', 'Narok', 'place'],
    ['The vote on the Finance Bill was delayed again.', 'Finance Bill', 'concept'],
  ])('%s -> %s is %s', (text, name, kind) => {
    expect(kindOf(extract(text), name)).toBe(kind);
  });

  it('a company designator joins the short name', () => {
    const terms = extract(
      'Shares of CrowdStrike Holdings fell on Friday.',
      'Analysts said CrowdStrike would recover.',
    );
    expect(terms.find((t) => t.variants.includes('CrowdStrike Holdings'))?.variants).toContain(
      'CrowdStrike',
    );
  });
});

describe('events named by their date', () => {
  it('finds elections, protests, floods and tournaments with a year', () => {
    const terms = extract(
      'After the 2019 general election and the March 2021 protests, the 2018 floods were forgotten.',
      'Spain had not won since the 2010 World Cup.',
    );
    for (const name of [
      '2019 general election',
      'March 2021 protests',
      '2018 floods',
      '2010 World Cup',
    ])
      expect(kindOf(terms, name)).toBe('event');
  });
});

describe('stability', () => {
  it('adding an unrelated article does not change the names found in the first one', () => {
    const first = article('a', 'Jane Doe met officials of the European Union in Brussels.');
    const other = article(
      'b',
      'The Union of Farmers met in Dakar. Union leaders said Doe was wrong. Union Union Union.',
    );
    const curated = { aliases: [], exclude: [] };
    const alone = extractTerms({ articles: [first], curated });
    const both = extractTerms({ articles: [first, other], curated });
    for (const t of alone) {
      const same = both.find((u) => u.id === t.id);
      expect(same?.name).toBe(t.name);
      expect(same?.kind).toBe(t.kind);
      expect(same?.passageIds.filter((p) => p.startsWith('a:'))).toEqual(t.passageIds);
    }
  });
});
