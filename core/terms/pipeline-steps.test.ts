/**
 * The extractor's steps, each tested on its own (the whole pipeline is
 * tested in extract-terms.test.ts and extract-terms-unseen.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../types';
import { tokenizeForNames } from './candidates';
import { collectMentions, countCaseEvidence, splitJoinedNames } from './find-mentions';
import { findSourceNames } from './source-names';
import { addDatedEvents, tallyMentions } from './tally-evidence';
import type { Candidate } from './candidate';

function passages(...texts: string[]): Passage[] {
  return texts.map((text, i) => ({ id: `a:${i}`, articleId: 'a', ordinal: i, text, line: i + 1 }));
}

function steps(...texts: string[]) {
  const ps = passages(...texts);
  const tokenized = ps.map((p) => tokenizeForNames(p.text));
  const evidence = countCaseEvidence(ps, tokenized);
  return { ps, tokenized, evidence };
}

describe('countCaseEvidence', () => {
  it('counts lower-case and mid-sentence capitalised uses, not words in addresses', () => {
    const { evidence } = steps(
      'The storm hit the coast. Officials said Storm Daniel was the worst storm. See example.com/storm.',
    );
    expect(evidence.lower.get('storm')).toBe(2);
    expect(evidence.capMid.get('storm')).toBe(1);
    expect(evidence.isCommon('storm')).toBe(true);
    expect(evidence.isCommon('daniel')).toBe(false);
  });
});

describe('collectMentions', () => {
  it('drops a common word that only opens the sentence, keeps names after it', () => {
    const { ps, tokenized, evidence } = steps(
      'Officials in Derna said the dam failed. Rescue teams reached officials in Benghazi.',
    );
    const surfaces = collectMentions(ps, tokenized, evidence).map((m) => m.surface);
    expect(surfaces).toContain('Derna');
    expect(surfaces).toContain('Benghazi');
    expect(surfaces).not.toContain('Officials');
  });

  it('skips headings', () => {
    const { ps, tokenized, evidence } = steps(
      'Breaking News From Nairobi',
      'Police in Nairobi said so.',
    );
    const fromHeading = collectMentions(ps, tokenized, evidence).filter(
      (m) => m.text === ps[0]!.text,
    );
    expect(fromHeading).toEqual([]);
  });
});

describe('splitJoinedNames', () => {
  it('splits names joined by "and" and keeps one name with a common head whole', () => {
    const { ps, tokenized, evidence } = steps(
      'Talks between Jane Doe and John Roe went on. The Belt and Road Initiative grew.',
    );
    const split = splitJoinedNames(collectMentions(ps, tokenized, evidence), evidence.isCommon);
    const surfaces = split.map((m) => m.surface);
    expect(surfaces).toEqual(
      expect.arrayContaining(['Jane Doe', 'John Roe', 'Belt and Road Initiative']),
    );
    expect(surfaces).not.toContain('Jane Doe and John Roe');
  });
});

describe('tallyMentions and addDatedEvents', () => {
  it('votes place after "in" and person before "said"', () => {
    const { ps, tokenized, evidence } = steps(
      'Flooding in Derna spread. Later Jane Doe said the dam had failed in Derna.',
    );
    const table = new Map<string, Candidate>();
    tallyMentions(collectMentions(ps, tokenized, evidence), table);
    expect(table.get('derna')!.votes.place).toBeGreaterThan(0);
    expect(table.get('jane doe')!.votes.person).toBeGreaterThan(0);
  });

  it('names an event by its date', () => {
    const { ps, tokenized } = steps(
      'Turnout fell in the 2019 general election across the country.',
    );
    const table = new Map<string, Candidate>();
    addDatedEvents(ps, tokenized, table);
    expect([...table.keys()]).toEqual(['2019 general election']);
    expect(table.get('2019 general election')!.dated).toBe(true);
  });
});

describe('findSourceNames', () => {
  it('judges one source on its own evidence', () => {
    const names = findSourceNames(
      passages('Acme CEO John Roe said the outage was fixed. Roe said Acme would pay.'),
    );
    expect([...names.keys()]).toEqual(expect.arrayContaining(['acme', 'john roe']));
    expect(names.has('ceo')).toBe(false);
  });
});
